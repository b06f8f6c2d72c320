import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { loadConfig } from '../../config.js';
import { HOSTING, RESIDENTIAL, SEARCH_ENGINES } from '../../demo/catalog.js';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';

/** The providers' real answer formats (ip-api.com /json and /batch, ipinfo.io keyless). */
const ipApiOk = (ip: string, o: { asn?: number; org?: string; cc?: string; proxy?: boolean; hosting?: boolean } = {}) => ({
  status: 'success',
  country: 'Netherlands',
  countryCode: o.cc ?? 'NL',
  isp: `${o.org ?? 'Example Transit'} ISP`,
  org: o.org ?? 'Example Transit',
  as: `AS${o.asn ?? 64500} ${o.org ?? 'Example Transit'}`,
  asname: 'EXAMPLE',
  mobile: false,
  proxy: o.proxy ?? false,
  hosting: o.hosting ?? false,
  query: ip,
});
const ipInfoOk = (ip: string, o: { asn?: number; org?: string; cc?: string } = {}) => ({
  ip,
  hostname: 'host.example.net',
  city: 'Amsterdam',
  region: 'North Holland',
  country: o.cc ?? 'NL',
  loc: '52.3740,4.8897',
  org: `AS${o.asn ?? 64500} ${o.org ?? 'Example Transit'}`,
  postal: '1012',
  timezone: 'Europe/Amsterdam',
  readme: 'https://ipinfo.io/missingauth',
});

const calls: { provider: string; ips: string[] }[] = [];
const ipApiSingle = (answer: (ip: string) => Response | Promise<Response>) =>
  http.get('http://ip-api.com/json/:ip', ({ params }) => {
    calls.push({ provider: 'ip-api', ips: [String(params.ip)] });
    return answer(String(params.ip));
  });
const ipInfo = (answer: (ip: string) => Response | Promise<Response>) =>
  http.get('https://ipinfo.io/:ip/json', ({ params }) => {
    calls.push({ provider: 'ipinfo', ips: [String(params.ip)] });
    return answer(String(params.ip));
  });
const rl = (left: number) => ({ 'X-Rl': String(left), 'X-Ttl': '60' });

const server = setupServer();
let demo: DemoDb;

beforeAll(async () => {
  demo = await demoDb();
  server.listen({ onUnhandledRequest: 'error' });
}, 120_000);
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
});
afterAll(() => server.close());

/** A fresh app, with its own reputation cache and back-off state. */
const appWith = (env: Record<string, string> = {}) => testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', ...env }), demo.db);

/** The network the demo generator drew an address from. */
const networkOf = (ip: string) => [...RESIDENTIAL, ...HOSTING, ...Object.values(SEARCH_ENGINES)].find((n) => ip.startsWith(`${n.v4}.`))!;

const Q = `query ($ip: IPAddress!) { reputation(ip: $ip) {
  address networkType proxy vpn tor hosting mobile asnNumber asnOrganization asnLabel countryCode isp basedOn offline degraded
  ownData { asn countryCode asnLabel }
  sources { provider status message cached }
} }`;
type Rep = {
  networkType: string;
  proxy: boolean | null;
  vpn: boolean | null;
  hosting: boolean | null;
  asnNumber: number | null;
  asnOrganization: string | null;
  asnLabel: string | null;
  countryCode: string | null;
  isp: string | null;
  basedOn: string[];
  offline: boolean;
  degraded: boolean;
  ownData: { asn: number; countryCode: string; asnLabel: string } | null;
  sources: { provider: string; status: string; message: string | null; cached: boolean }[];
};
const reputation = async (app: ReturnType<typeof appWith>, ip: string) => {
  const r = await gql<{ reputation: Rep }>(app, Q, { ip });
  expect(r.errors).toBeUndefined();
  return r.data!.reputation;
};
const source = (r: Rep, p: string) => r.sources.find((s) => s.provider === p)!;

describe('reputation', () => {
  it('merges both providers with our data: flags from ip-api, AS and country from the providers', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    server.use(
      ipApiSingle((a) => HttpResponse.json(ipApiOk(a, { asn: 64501, org: 'Proxy Transit', proxy: true, hosting: true }), { headers: rl(44) })),
      ipInfo((a) => HttpResponse.json(ipInfoOk(a, { asn: 64501, org: 'Proxy Transit' }))),
    );
    const r = await reputation(appWith(), ip);
    expect(r).toMatchObject({
      networkType: 'ANONYMIZER',
      proxy: true,
      vpn: null,
      hosting: true,
      asnNumber: 64501,
      countryCode: 'NL',
      degraded: false,
      offline: false,
    });
    expect(r.isp).toBe('Proxy Transit ISP');
    expect(r.basedOn).toEqual(['ip-api', 'ipinfo', 'own data']);
    // our own enrichment is kept beside the providers' view
    expect(r.ownData).toMatchObject({ asn: networkOf(ip).asn, countryCode: networkOf(ip).country, asnLabel: networkOf(ip).label });
    expect(calls.map((c) => c.provider).sort()).toEqual(['ip-api', 'ipinfo']);
  });

  it('caches answers: a second lookup does not call the providers', async () => {
    const ip = demo.truth.scenarios.human.ips[0]!;
    server.use(
      ipApiSingle((a) => HttpResponse.json(ipApiOk(a), { headers: rl(44) })),
      ipInfo((a) => HttpResponse.json(ipInfoOk(a))),
    );
    const app = appWith();
    expect((await reputation(app, ip)).sources.map((s) => s.cached)).toEqual([false, false]);
    const again = await reputation(app, ip);
    expect(again.sources.map((s) => s.cached)).toEqual([true, true]);
    expect(again.asnNumber).toBe(64500);
    expect(calls).toHaveLength(2);
  });

  it('a provider that does not answer in time times out and the answer degrades to our data', async () => {
    const ip = demo.truth.scenarios.scraper.ips[1]!;
    server.use(
      ipApiSingle(async () => (await delay(3000), HttpResponse.json({}))),
      ipInfo(async () => (await delay(3000), HttpResponse.json({}))),
    );
    const app = appWith({ REPUTATION_TIMEOUT_MS: '150' });
    const t = performance.now();
    const r = await reputation(app, ip);
    expect(performance.now() - t).toBeLessThan(2500);
    expect(r.sources.map((s) => s.status)).toEqual(['TIMEOUT', 'TIMEOUT']);
    const net = networkOf(ip);
    expect(r).toMatchObject({
      degraded: true,
      basedOn: ['own data'],
      asnNumber: net.asn,
      asnOrganization: net.org,
      countryCode: net.country,
      hosting: true,
      networkType: 'HOSTING',
    });
    // while they are unreachable, later requests answer at once instead of waiting again
    const second = await reputation(app, demo.truth.scenarios.scraper.ips[2]!);
    expect(second.degraded).toBe(true);
    expect(source(second, 'IP_API').message).toMatch(/asked again in \d+ s/);
    expect(calls).toHaveLength(2);
  });

  it('honours a 429 from ip-api: nothing is sent again until X-Ttl has passed', async () => {
    const [a, b] = demo.truth.scenarios.human.ips;
    server.use(
      ipApiSingle(() => new HttpResponse('Too Many Requests', { status: 429, headers: { 'X-Rl': '0', 'X-Ttl': '42' } })),
      ipInfo((x) => HttpResponse.json(ipInfoOk(x))),
    );
    const app = appWith();
    const first = await reputation(app, a!);
    expect(source(first, 'IP_API')).toMatchObject({ status: 'RATE_LIMITED' });
    expect(source(first, 'IP_API').message).toContain('42 s');
    expect(first).toMatchObject({ degraded: false, basedOn: ['ipinfo', 'own data'], asnNumber: 64500 });
    const second = await reputation(app, b!);
    expect(source(second, 'IP_API').status).toBe('RATE_LIMITED');
    expect(calls.filter((c) => c.provider === 'ip-api')).toHaveLength(1);
  });

  it('stops before the limit when X-Rl says no request is left', async () => {
    const [a, b] = demo.truth.scenarios.human.ips.slice(2);
    server.use(
      ipApiSingle((x) => HttpResponse.json(ipApiOk(x), { headers: rl(0) })),
      ipInfo((x) => HttpResponse.json(ipInfoOk(x))),
    );
    const app = appWith();
    expect(source(await reputation(app, a!), 'IP_API').status).toBe('OK');
    expect(source(await reputation(app, b!), 'IP_API').status).toBe('RATE_LIMITED');
    expect(calls.filter((c) => c.provider === 'ip-api')).toHaveLength(1);
  });

  it('a malformed body is an error of that provider only: the other one still answers', async () => {
    const ip = demo.truth.scenarios.botnet.ips[0]!;
    server.use(
      ipApiSingle(() => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 200, headers: { 'content-type': 'text/html' } })),
      ipInfo((x) => HttpResponse.json(ipInfoOk(x, { asn: 64502, cc: 'BR' }))),
    );
    const r = await reputation(appWith(), ip);
    expect(source(r, 'IP_API')).toMatchObject({ status: 'ERROR' });
    expect(source(r, 'IP_API').message).toContain('malformed');
    expect(r).toMatchObject({ degraded: false, asnNumber: 64502, countryCode: 'BR', proxy: null, basedOn: ['ipinfo', 'own data'] });
  });

  it('a provider that is down gives a partial answer, not an error', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    server.use(
      ipApiSingle((x) => HttpResponse.json(ipApiOk(x, { hosting: true }), { headers: rl(40) })),
      ipInfo(() => HttpResponse.error()),
    );
    const r = await reputation(appWith(), ip);
    expect(source(r, 'IPINFO')).toMatchObject({ status: 'ERROR', message: 'unreachable' });
    expect(r).toMatchObject({ degraded: false, hosting: true, basedOn: ['ip-api', 'own data'] });
  });

  it('looks up a list in one ip-api batch call, and never sends a private address', async () => {
    const batches: string[][] = [];
    server.use(
      http.post('http://ip-api.com/batch', async ({ request }) => {
        const ips = (await request.json()) as string[];
        batches.push(ips);
        return HttpResponse.json(
          ips.map((ip) => ipApiOk(ip)),
          { headers: rl(14) },
        );
      }),
      ipInfo((x) => HttpResponse.json(ipInfoOk(x))),
    );
    const ips = [...demo.truth.scenarios.botnet.ips.slice(0, 6), '10.20.30.40'];
    const query = `{ ${ips.map((ip, i) => `r${i}: reputation(ip: "${ip}") { basedOn sources { provider status } }`).join(' ')} }`;
    const r = await gql<Record<string, Rep>>(appWith(), query);
    expect(r.errors).toBeUndefined();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.sort()).toEqual(ips.slice(0, 6).sort());
    expect(
      calls
        .filter((c) => c.provider === 'ipinfo')
        .map((c) => c.ips[0])
        .sort(),
    ).toEqual(ips.slice(0, 6).sort());
    const privateOne = r.data!.r6!;
    expect(privateOne.sources.map((s) => s.status)).toEqual(['SKIPPED', 'SKIPPED']);
  });

  it('offline mode answers from our data and calls nobody', async () => {
    const ip = demo.truth.scenarios.crawler.ips[0]!;
    const r = await reputation(appWith({ REPUTATION_PROVIDERS: 'none' }), ip);
    const net = networkOf(ip);
    expect(r).toMatchObject({
      offline: true,
      degraded: false,
      sources: [],
      basedOn: ['own data'],
      asnNumber: net.asn,
      countryCode: net.country,
      asnLabel: net.label,
    });
    expect(calls).toHaveLength(0);
  });

  it('rejects what is not an IP literal before anything is sent', async () => {
    for (const bad of ['example.com', "1.2.3.4' OR 1=1", '../../etc/passwd', '１.２.３.４']) {
      const r = await gql(appWith(), Q, { ip: bad });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(calls).toHaveLength(0);
  });
});

describe('REST /api/reputation', () => {
  it('answers the full reputation and the summary in snake_case', async () => {
    const ip = demo.truth.scenarios.scraper.ips[3]!;
    server.use(
      ipApiSingle((x) => HttpResponse.json(ipApiOk(x, { hosting: true }), { headers: rl(44) })),
      ipInfo((x) => HttpResponse.json(ipInfoOk(x))),
    );
    const app = appWith();
    const full = await (await app.request(`/api/reputation/ip/${ip}`)).json();
    expect(full).toMatchObject({ ip, network_type: 'hosting', is_hosting: true, is_proxy: false, asn: 64500, country: 'NL', degraded: false });
    expect(full.providers.ip_api).toMatchObject({ status: 'ok', cached: false, data: { status: 'success', query: ip } });
    expect(full.providers.ipinfo.data.org).toBe('AS64500 Example Transit');
    expect(full.own_data).toMatchObject({ asn: networkOf(ip).asn, country: networkOf(ip).country });
    const res = await app.request(`/api/reputation/ip/${ip}/summary`);
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary).toMatchObject({ ip, is_hosting: true, asn: 64500, based_on: ['ip-api', 'ipinfo', 'own data'] });
    expect(summary.providers).toBeUndefined();
    expect(calls).toHaveLength(2); // the summary came from the cache
  });

  it('answers 400 for a malformed address', async () => {
    const res = await appWith().request('/api/reputation/ip/not-an-ip/summary');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BAD_REQUEST');
    expect(calls).toHaveLength(0);
  });
});
