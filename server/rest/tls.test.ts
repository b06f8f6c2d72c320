import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, testApp } from '../test/app.js';
import { tlsContradiction } from '../modules/tls/tls.refs.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = (url: string) => getJson(app, url);

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('TLS contradiction rule', () => {
  it('accepts a real Chrome fingerprint with a Chrome UA and a script UA on any fingerprint', () => {
    expect(tlsContradiction('t13d1516h2_8daaf6152771_02713d6af862', CHROME)).toBeNull();
    expect(tlsContradiction('t13d181000_85036bcba153_d41ae481755e', 'python-requests/2.31.0')).toBeNull();
  });
  it('rejects a library fingerprint, a missing h2, old TLS or too few ciphers behind a browser UA', () => {
    expect(tlsContradiction('t13d181000_85036bcba153_d41ae481755e', CHROME)).toMatch(/Python library/);
    expect(tlsContradiction('t13d1516h1_8daaf6152771_02713d6af862', CHROME)).toMatch(/no HTTP\/2/);
    expect(tlsContradiction('t12d1516h2_8daaf6152771_02713d6af862', CHROME)).toMatch(/TLS 1.3/);
    expect(tlsContradiction('t13d1011h2_61a7ad8aa9b6_3a8073edd8ef', CHROME)).toMatch(/only 10 cipher suites/);
  });
});

describe('fingerprint routes', () => {
  it('/api/fingerprints/spoofing ranks the botnet fingerprint first and never lists a human browser fingerprint', async () => {
    const { body } = await get('/api/fingerprints/spoofing');
    expect(body.items[0].ja4).toBe(demo.truth.botnet.ja4);
    const humanJa4s = new Set(demo.truth.scenarios.human.ja4s);
    for (const i of body.items) expect(humanJa4s.has(i.ja4), i.ja4).toBe(false);
  });

  it('/api/fingerprints/ja4-ua-matrix and /ua-analysis count the same traffic', async () => {
    const { body: matrix } = await get('/api/fingerprints/ja4-ua-matrix?limit=500');
    const { body: ua } = await get('/api/fingerprints/ua-analysis');
    const m = matrix.cells.reduce((s: number, c: any) => s + c.hits, 0);
    const u = ua.categories.reduce((s: number, c: any) => s + c.hits, 0);
    expect(m).toBeLessThanOrEqual(u);
    expect(ua.categories.map((c: any) => c.category)).toEqual(expect.arrayContaining(['browser', 'script', 'bot']));
    expect(ua.suspicious_share).toBeGreaterThan(0);
    expect(ua.suspicious_share).toBeLessThan(1);
  });

  it('/api/fingerprints/ip/{ip}/coherence: a human is coherent, a credential stuffer is not', async () => {
    const human = (await get(`/api/fingerprints/ip/${demo.truth.scenarios.human.ips[0]}/coherence`)).body;
    expect(human).toMatchObject({ coherent: true, score: 1, contradictions: [] });
    const stuffer = (await get(`/api/fingerprints/ip/${demo.truth.scenarios.credential_stuffing.ips[0]}/coherence`)).body;
    expect(stuffer.coherent).toBe(false);
    expect(stuffer.contradictions.join(' ')).toMatch(/library|TTL/);
    expect((await get('/api/fingerprints/ip/198.51.100.1/coherence')).status).toBe(404);
  });

  it('/api/fingerprints/legitimate-ja4 trusts the Chromium fingerprint and not the botnet', async () => {
    const { body } = await get('/api/fingerprints/legitimate-ja4');
    const ja4s = body.items.map((i: any) => i.ja4);
    expect(ja4s).toContain('t13d1516h2_8daaf6152771_02713d6af862');
    expect(ja4s).not.toContain(demo.truth.botnet.ja4);
  });

  it('/api/fingerprints/asn-correlation shows the botnet spread over many ASes', async () => {
    const { body } = await get('/api/fingerprints/asn-correlation?limit=500');
    const botnet = body.items.find((i: any) => i.ja4 === demo.truth.botnet.ja4);
    expect(botnet.asn_count).toBe(demo.truth.scenarios.botnet.asns.length);
    expect(botnet.top_asn_share).toBeLessThan(0.5);
    expect(botnet.flagged_share).toBeGreaterThan(0.9);
  });
});

describe('sophistication, hunting and transport routes', () => {
  it('/api/rotation/sophistication ranks multi-technique IPs first; botnet members combine TLS lies with a campaign', async () => {
    const { body } = await get('/api/rotation/sophistication?limit=500');
    const scores = body.items.map((i: any) => i.sophistication_score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const botnet = new Set(demo.truth.scenarios.botnet.ips);
    const member = body.items.find((i: any) => botnet.has(i.src_ip));
    expect(member.techniques).toEqual(expect.arrayContaining(['tls_spoofing', 'campaign']));
    const humans = new Set(demo.truth.scenarios.human.ips);
    for (const i of body.items.filter((x: any) => humans.has(x.src_ip))) expect(i.sophistication_score).toBeLessThan(0.5);
  });

  it('/api/rotation/proactive-hunt leads with the botnet fingerprint and points at rotating IPs', async () => {
    const { body } = await get('/api/rotation/proactive-hunt');
    const lying = body.suggestions.filter((s: any) => s.kind === 'lying_fingerprint');
    expect(lying[0].entity_value).toBe(demo.truth.botnet.ja4);
    const rotating = body.suggestions.filter((s: any) => s.kind === 'rotating_ip').map((s: any) => s.entity_value);
    for (const ip of rotating) expect(demo.truth.scenarios.ja4_rotation.ips).toContain(ip);
  });

  it('/api/ml/b-features shows that clients without HTTP/2 are all flagged', async () => {
    const { body } = await get('/api/ml/b-features');
    const none = body.alpn.find((a: any) => a.value === '00');
    expect(none.flagged_share).toBeGreaterThan(0.95);
    expect(body.initial_ttl.map((t: any) => t.value).sort()).toEqual(['128', '64']);
  });
});
