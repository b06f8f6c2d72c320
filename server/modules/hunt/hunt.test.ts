import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { sql } from '../../db/sql.js';

// A partner's list hunted against the demo traffic; every number checked against the raw tables.

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

const HUNT = `query($input: RetroHuntInput!, $window: TimeWindow, $first: Int, $seen: Boolean) {
  retroHunt(input: $input, window: $window) {
    format since until summary { indicators seen notSeen unreadable }
    unreadable { at text reason }
    matches(first: $first, seen: $seen) { totalCount edges { node {
      kind value at seen firstSeen lastSeen requests uniqueIps verdict linkedCount
      detections { critical high medium low knownBot total }
      entity { __typename key } linked { __typename key } } } }
  } }`;

interface Match {
  kind: string;
  value: string;
  at: string;
  seen: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  requests: number;
  uniqueIps: number;
  verdict: string | null;
  linkedCount: number;
  detections: Record<string, number>;
  entity: { __typename: string; key: string } | null;
  linked: { __typename: string; key: string }[];
}
interface Hunt {
  format: string;
  since: string;
  until: string;
  summary: { indicators: number; seen: number; notSeen: number; unreadable: number };
  unreadable: { at: string; text: string; reason: string }[];
  matches: { totalCount: number; edges: { node: Match }[] };
}

async function hunt(input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const r = await gql<{ retroHunt: Hunt }>(app, HUNT, { input, first: 500, ...extra });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.retroHunt;
}
const byValue = (h: Hunt) => new Map(h.matches.edges.map((e) => [e.node.value, e.node]));

/** Requests, distinct IPs, first and last time from the raw traffic rows matching `where` in [since, until). */
async function raw(where: ReturnType<typeof sql>, since: string, until: string) {
  const [r] = await demo.db.query<{ n: number; ips: number; first: string | null; last: string | null }>(
    sql`SELECT count() AS n, uniqExact(src_ip) AS ips, if(n = 0, NULL, min(time)) AS first, if(n = 0, NULL, max(time)) AS last
        FROM ${demo.db.table('http_logs')} WHERE ${where} AND time >= ${new Date(since)} AND time < ${new Date(until)}`,
  );
  return r!;
}
async function rawDetections(where: ReturnType<typeof sql>, since: string, until: string) {
  const rows = await demo.db.query<{ level: string; n: number }>(
    sql`SELECT threat_level AS level, count() AS n FROM ${demo.db.table('ml_detected_anomalies')}
        WHERE ${where} AND detected_at >= ${new Date(since)} AND detected_at < ${new Date(until)} GROUP BY level`,
  );
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}
const ms = (s: string | null) => (s ? new Date(s.includes('T') ? s : `${s.replace(' ', 'T')}Z`).getTime() : null);

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('retro-hunt', () => {
  it('answers a pasted, partly defanged list: seen or not, first and last seen, requests, detections and the linked entities, as the raw tables say', async () => {
    const botnet = demo.truth.scenarios.botnet;
    const [ip1, ip2] = botnet.ips;
    const ja4 = demo.truth.botnet.ja4;
    const asn = botnet.asns[0]!;
    const [a, b] = ip1!.split('.');
    const cidr = `${a}.${b}.0.0/16`;
    const absent = '203.0.113.77';
    const ua = (await demo.db.query<{ ua: string }>(sql`SELECT any(header_user_agent) AS ua FROM ${demo.db.table('http_logs')} WHERE ja4 = ${ja4}`))[0]!.ua;
    const text = [
      `# partner list, ${new Date().toISOString().slice(0, 10)}`,
      ip1!.replace(/\./g, '[.]'),
      `we also saw ${ip2} using ${ja4} from AS${asn}`,
      cidr,
      absent,
      `hxxps://${botnet.hosts[0]}/login`,
      `"${ua}"`,
      'no indicator on this line',
      ip1, // a repeat
    ].join('\n');
    const h = await hunt({ text, source: 'partner e-mail' });
    expect(h.format).toBe('TEXT');
    const m = byValue(h);
    expect([...m.keys()].sort()).toEqual([ip1, ip2, ja4, String(asn), cidr, absent, botnet.hosts[0]!.replace(/:\d+$/, ''), ua].sort());
    expect(h.unreadable).toEqual([{ at: 'line 8', text: 'no indicator on this line', reason: expect.stringMatching(/no IP, CIDR, JA4/) }]);
    expect(m.get(ip1!)!.at).toBe('line 2');

    const ipRaw = await raw(sql`src_ip = toIPv6(${ip1})`, h.since, h.until);
    expect(m.get(ip1!)).toMatchObject({ kind: 'IP', seen: true, requests: Number(ipRaw.n), entity: { __typename: 'IP', key: ip1 } });
    expect(ms(m.get(ip1!)!.firstSeen)).toBe(ms(ipRaw.first));
    expect(ms(m.get(ip1!)!.lastSeen)).toBe(ms(ipRaw.last));
    const levels = await rawDetections(sql`src_ip = toIPv6(${ip1})`, h.since, h.until);
    expect(m.get(ip1!)!.detections).toMatchObject({ critical: levels.CRITICAL ?? 0, high: levels.HIGH ?? 0, medium: levels.MEDIUM ?? 0, low: levels.LOW ?? 0 });
    // an IP's linked entities are its JA4s
    const ja4s = await demo.db.query<{ j: string }>(
      sql`SELECT DISTINCT ja4 AS j FROM ${demo.db.table('http_logs')} WHERE src_ip = toIPv6(${ip1}) AND ja4 != '' AND time >= ${new Date(h.since)} AND time < ${new Date(h.until)}`,
    );
    expect(m.get(ip1!)!.linkedCount).toBe(ja4s.length);
    expect(m.get(ip1!)!.linked.map((l) => l.key)).toContain(ja4);

    const ja4Raw = await raw(sql`ja4 = ${ja4}`, h.since, h.until);
    expect(m.get(ja4)).toMatchObject({ kind: 'JA4', seen: true, requests: Number(ja4Raw.n), uniqueIps: Number(ja4Raw.ips), linkedCount: Number(ja4Raw.ips) });
    expect(m.get(ja4)!.linked.every((l) => l.__typename === 'IP')).toBe(true);

    // a CIDR matches the IPs inside it
    const inRange = sql`isIPAddressInRange(replaceRegexpOne(toString(src_ip), '^::ffff:', ''), ${cidr})`;
    const rangeRaw = await raw(inRange, h.since, h.until);
    expect(m.get(cidr)).toMatchObject({
      kind: 'CIDR',
      seen: true,
      requests: Number(rangeRaw.n),
      uniqueIps: Number(rangeRaw.ips),
      linkedCount: Number(rangeRaw.ips),
      entity: null,
    });
    // its linked entities: its busiest addresses (compared by their counts: ties may be listed either way)
    const busiest = await demo.db.query<{ ip: string; n: number }>(
      sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip, count() AS n FROM ${demo.db.table('http_logs')}
          WHERE ${inRange} AND time >= ${new Date(h.since)} AND time < ${new Date(h.until)} GROUP BY ip ORDER BY n DESC`,
    );
    const counts = new Map(busiest.map((r) => [r.ip, Number(r.n)]));
    const linked = m.get(cidr)!.linked;
    expect(linked.every((l) => l.__typename === 'IP' && counts.has(l.key))).toBe(true);
    expect(linked.map((l) => counts.get(l.key))).toEqual(busiest.slice(0, linked.length).map((r) => Number(r.n)));

    // an AS's linked entities are its addresses
    const asRaw = await raw(sql`src_asn = ${asn}`, h.since, h.until);
    expect(m.get(String(asn))).toMatchObject({ kind: 'ASN', seen: true, requests: Number(asRaw.n), linkedCount: Number(asRaw.ips) });

    expect(m.get(absent)).toMatchObject({ seen: false, requests: 0, firstSeen: null, detections: { total: 0 } });
    expect((await raw(sql`src_ip = toIPv6(${absent})`, h.since, h.until)).n).toBe(0);
    expect(m.get(ua)).toMatchObject({ kind: 'USER_AGENT', seen: true, requests: Number((await raw(sql`header_user_agent = ${ua}`, h.since, h.until)).n) });
    expect(h.summary).toEqual({ indicators: 8, seen: 7, notSeen: 1, unreadable: 1 });
    const unseen = await hunt({ text }, { seen: false });
    expect(unseen.matches.edges.map((e) => e.node.value)).toEqual([absent]);
  });

  it('counts the linked entities from the degrees when only their count is asked: the same counts as when they are read and ranked', async () => {
    const botnet = demo.truth.scenarios.botnet;
    // the busiest fingerprint and AS of the traffic: the keys whose addresses are costliest to read one by one
    const [top] = await demo.db.query<{ j: string; a: number }>(
      sql`SELECT topK(1)(ja4)[1] AS j, topK(1)(src_asn)[1] AS a FROM ${demo.db.table('http_logs')} WHERE ja4 != '' AND src_asn != 0`,
    );
    const busiest = { ja4: top!.j, asn: Number(top!.a) };
    const [a, b, c] = botnet.ips[0]!.split('.');
    const text = [
      ...botnet.ips.slice(0, 5),
      demo.truth.botnet.ja4,
      busiest.ja4,
      `AS${busiest.asn}`,
      `AS${botnet.asns[0]}`,
      `${a}.${b}.${c}.0/24`,
      botnet.hosts[0]!,
    ].join('\n');
    const ask = (fields: string) =>
      gql<{ retroHunt: Hunt }>(
        app,
        `query($input: RetroHuntInput!) { retroHunt(input: $input) { since until matches(first: 500) { edges { node { kind value ${fields} } } } } }`,
        {
          input: { text },
        },
      );
    const [counted, named] = [await ask('uniqueIps linkedCount'), await ask('uniqueIps linkedCount linked { key }')];
    expect(counted.errors).toBeUndefined();
    expect(named.errors).toBeUndefined();
    const counts = (h: typeof counted) =>
      h.data!.retroHunt.matches.edges.map((e) => `${e.node.kind} ${e.node.value}: ${e.node.uniqueIps} IPs, ${e.node.linkedCount} linked`);
    expect(counts(counted)).toEqual(counts(named));
    const { since, until } = counted.data!.retroHunt;
    const linkedOf = new Map(counted.data!.retroHunt.matches.edges.map((e) => [e.node.value, e.node.linkedCount]));
    expect(linkedOf.get(busiest.ja4)).toBe(Number((await raw(sql`ja4 = ${busiest.ja4}`, since, until)).ips));
    expect(linkedOf.get(String(busiest.asn))).toBe(Number((await raw(sql`src_asn = ${busiest.asn}`, since, until)).ips));
    // a host's addresses are its own count
    const host = botnet.hosts[0]!.replace(/:\d+$/, '');
    const hostMatch = counted.data!.retroHunt.matches.edges.find((e) => e.node.value === host)!.node;
    expect(hostMatch.uniqueIps).toBe(Number((await raw(sql`host = ${host}`, since, until)).ips));
    expect(hostMatch.uniqueIps).toBeGreaterThan(0);
    const queries = (h: typeof counted) => (h.extensions!.clickhouse as { queries: number }).queries;
    // one round either way: the degrees take the place of the linked entities' statement
    expect(queries(counted)).toBe(queries(named));
  });

  it('shows the analyst’s latest verdict beside each indicator', async () => {
    const ip = demo.truth.scenarios.botnet.ips[5]!;
    const classified = await gql(app, `mutation($input: ClassifyInput!) { classify(input: $input) { id } }`, {
      input: { type: 'IP', value: ip, label: 'MALICIOUS', tags: ['BOT_NETWORK'], comment: 'from the hunt', confidence: 0.9 },
    });
    expect(classified.errors).toBeUndefined();
    const m = byValue(await hunt({ text: `${ip}\n${demo.truth.scenarios.botnet.ips[6]}` }));
    expect(m.get(ip)!.verdict).toBe('MALICIOUS');
    expect(m.get(demo.truth.scenarios.botnet.ips[6]!)!.verdict).toBeNull();
  });

  it('costs the same number of statements for 10 indicators as for 2,000', async () => {
    const queries = async (n: number) => {
      const ips = await demo.db.query<{ ip: string }>(
        sql`SELECT DISTINCT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip FROM ${demo.db.table('http_logs')} ORDER BY ip LIMIT ${n}`,
      );
      const text = [...ips.map((r) => r.ip), `AS${demo.truth.scenarios.botnet.asns[0]}`, '10.0.0.0/8'].join('\n');
      const r = await gql<{ retroHunt: Hunt }>(app, `query($input: RetroHuntInput!) { retroHunt(input: $input) { summary { indicators seen } } }`, {
        input: { text },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.retroHunt.summary.seen).toBeGreaterThanOrEqual(ips.length);
      return r.extensions!.clickhouse;
    };
    const [small, large] = [await queries(10), await queries(2000)];
    expect(large.queries).toBe(small.queries);
  });

  it('refuses, before any work, what cannot be hunted: a binary file, JSON that is neither STIX nor MISP, an invalid STIX pattern, a CSV with formulas, a 10 KB indicator, too many indicators', async () => {
    const refused = async (text: string, match: RegExp, a = app) => {
      const r = await gql(a, `query($input: RetroHuntInput!) { retroHunt(input: $input) { summary { indicators } } }`, { input: { text } });
      expect(r.errors?.[0]?.extensions?.code, text.slice(0, 40)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(match);
      expect(r.errors![0]!.message).not.toMatch(/SELECT|<script/);
    };
    await refused('\u0000\u0001\u0002PK\u0003\u0004', /binary/);
    await refused('{"hello": "world"}', /neither a STIX 2.1 bundle .* nor a MISP event/);
    await refused(
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--1',
        objects: [{ type: 'indicator', id: 'indicator--9', pattern: "[ipv4-addr:value = '1.2.3.4'", pattern_type: 'stix' }],
      }),
      /indicator--9: invalid STIX pattern/,
    );
    await refused('indicator,type\n1.2.3.4,ip\n=cmd|calc!A1,ip\n', /formula/);
    await refused(`1.2.3.4\n${'a'.repeat(10_240)}`, /longer than 2048/);
    const small = testApp({ ...demo.config, limits: { ...demo.config.limits, huntMaxIndicators: 3 } }, demo.db);
    await refused('1.1.1.1\n2.2.2.2\n3.3.3.3\n4.4.4.4', /4 indicators; a hunt takes at most 3/, small);
  });

  it('POST /api/hunt: a text upload, a JSON request and a CSV give the GraphQL answer in the legacy shape; other types 415, 11 MB 413, bad input 400, nothing echoed as HTML', async () => {
    const ips = demo.truth.scenarios.botnet.ips.slice(0, 3);
    const text = [...ips, '198.51.100.7', '<script>alert(1)</script>'].join('\n');
    const post = (body: string, type: string, query = '') => app.request(`/api/hunt${query}`, { method: 'POST', headers: { 'content-type': type }, body });
    const viaGraphql = await hunt({ text });
    const res = await post(text, 'text/plain; charset=utf-8', '?source=mail');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.format).toBe('text');
    expect(body.source).toBe('mail');
    expect(body.summary).toEqual({ indicators: 4, seen: 3, not_seen: 1, unreadable: 1 });
    expect(body.matches.map((m: any) => [m.value, m.seen, m.requests])).toEqual(
      viaGraphql.matches.edges.map((e) => [e.node.value, e.node.seen, e.node.requests]),
    );
    expect(body.matches[0]).toMatchObject({ kind: 'ip', first_seen: expect.any(String), detections: { total: expect.any(Number) }, linked: expect.any(Array) });
    expect(body.unreadable[0]).toMatchObject({ at: 'line 5', text: '<script>alert(1)</script>' });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);

    const asJson = await (await post(JSON.stringify({ text, source: 'mail' }), 'application/json')).json();
    expect(asJson.matches).toEqual(body.matches);
    const csv = await (await post(`ip,note\n${ips.join(',x\n')},x\n`, 'text/csv')).json();
    expect(csv.format).toBe('csv');
    expect(csv.matches.map((m: any) => m.value)).toEqual(ips);
    const unseen = await (await post(text, 'text/plain', '?seen=false')).json();
    expect(unseen.matches.map((m: any) => m.value)).toEqual(['198.51.100.7']);

    for (const type of ['application/pdf', 'multipart/form-data; boundary=x', 'text/html']) {
      const refused = await post(text, type);
      expect(refused.status, type).toBe(415);
      expect((await refused.json()).error.message).toMatch(/text\/plain, text\/csv/);
    }
    const huge = await post('1.2.3.4\n'.repeat((11 * 2 ** 20) / 8), 'text/plain');
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const neither = await post('{"hello": "world"}', 'application/json');
    expect(neither.status).toBe(400);
    expect((await neither.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/neither a STIX 2.1 bundle/) });
    const health = await app.request('/health');
    expect(health.status).toBe(200);
    // the route and the types it takes are in the OpenAPI document
    const openapi = await (await app.request('/openapi.json')).json();
    expect(Object.keys(openapi.paths['/api/hunt'].post.requestBody.content).sort()).toEqual([
      'application/json',
      'application/stix+json',
      'text/csv',
      'text/plain',
    ]);
  });

  it('reads a large upload off the event loop, and refuses its count with the reason', async () => {
    // 700,000 addresses, 8 MB: seconds of parsing, which on the request's thread would stall every caller
    const text = Array.from({ length: 700_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`).join('\n');
    let longest = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    try {
      const res = await app.request('/api/hunt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/700000 indicators; a hunt takes at most 50000/);
    } finally {
      clearInterval(tick);
    }
    // the event loop kept turning while the document was read: inline it stopped for 4.4 s here (and
    // /health timed out); the bound leaves room for a loaded 2-core machine's late timers
    expect(longest).toBeLessThan(3000);
  });
});
