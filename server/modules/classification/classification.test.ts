import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { loadConfig } from '../../config.js';
import { createDb } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { resolveViewer } from '../../auth.js';

let demo: DemoDb;
const ANALYST_TOKEN = 'analyst-token-0123456789';
const VIEWER_TOKEN = 'viewer-token-0123456789ab';
const ADMIN_TOKEN = 'admin-token-0123456789abcd';

const CLASSIFY = `mutation($input: ClassifyInput!) { classify(input: $input) { id label tags analyst value entityType } }`;
const input = (value: string, label = 'MALICIOUS') => ({
  input: { type: 'IP', value, label, tags: ['CREDENTIAL_STUFFING', 'HOSTING_ASN'], comment: 'stuffing bursts', confidence: 0.9 },
});

const appWith = (env: Record<string, string>) => testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', ...env }), demo.db);
async function post(app: ReturnType<typeof testApp>, query: string, variables: unknown, headers: Record<string, string> = {}) {
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: res.headers.get('x-request-id')!, ...((await res.json()) as any) };
}
const auditRows = (requestId: string) =>
  demo.db.query<{ outcome: string; actor: string; action: string; target: string }>(
    sql`SELECT toString(outcome) AS outcome, toString(actor) AS actor, toString(action) AS action, target FROM ${demo.db.table('audit_logs')} WHERE request_id = ${requestId}`,
  );

beforeAll(async () => {
  demo = await demoDb();
});

describe('identity', () => {
  const auth = (env: Record<string, string>) => loadConfig({ ...env }).auth;
  it('resolves the local analyst, token holders, proxy users, and anonymous viewers', () => {
    expect(resolveViewer(auth({}), () => undefined)).toEqual({ user: 'local-analyst', role: 'admin', via: 'local' });
    const tokens = auth({ AUTH_MODE: 'token', API_TOKENS: `${ANALYST_TOKEN}:alice:analyst` });
    expect(resolveViewer(tokens, (h) => (h === 'authorization' ? `Bearer ${ANALYST_TOKEN}` : undefined))).toEqual({
      user: 'alice',
      role: 'analyst',
      via: 'token',
    });
    expect(resolveViewer(tokens, (h) => (h === 'authorization' ? 'Bearer wrong' : undefined)).role).toBe('viewer');
    const proxy = auth({ AUTH_MODE: 'proxy' });
    expect(resolveViewer(proxy, (h) => ({ 'x-forwarded-user': 'bob', 'x-forwarded-role': 'ANALYST' })[h])).toEqual({
      user: 'bob',
      role: 'analyst',
      via: 'proxy',
    });
    expect(resolveViewer(proxy, (h) => ({ 'x-forwarded-user': 'bob; drop', 'x-forwarded-role': 'admin' })[h]).via).toBe('anonymous');
  });

  it('rejects malformed token configuration at start', () => {
    expect(() => loadConfig({ API_TOKENS: 'short:alice:analyst' })).toThrow(/API_TOKENS/);
    expect(() => loadConfig({ API_TOKENS: `${ANALYST_TOKEN}:alice:root` })).toThrow(/API_TOKENS/);
  });
});

describe('classify mutation and its audit trail', () => {
  it('stores an analyst’s decision, shows it on the entity and in the list, with exactly one audit row', async () => {
    const app = appWith({ AUTH_MODE: 'token', API_TOKENS: `${ANALYST_TOKEN}:alice:analyst` });
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const res = await post(app, CLASSIFY, input(ip), { authorization: `Bearer ${ANALYST_TOKEN}` });
    expect(res.errors).toBeUndefined();
    expect(res.data.classify).toMatchObject({
      label: 'MALICIOUS',
      analyst: 'alice',
      value: ip,
      entityType: 'ip',
      tags: ['credential-stuffing', 'hosting-asn'],
    });
    expect(await auditRows(res.requestId)).toEqual([{ outcome: 'success', actor: 'alice', action: 'classify', target: ip }]);
    const seen = await gql<any>(
      app,
      `query($ip: IPAddress!) { ip(address: $ip) { classifications { id label analyst } } classifications(label: MALICIOUS) { totalCount items { id } } }`,
      { ip },
    );
    expect(seen.data.ip.classifications[0]).toMatchObject({ id: res.data.classify.id, label: 'MALICIOUS', analyst: 'alice' });
    expect(seen.data.classifications.items.map((i: any) => i.id)).toContain(res.data.classify.id);
  });

  it('refuses a viewer, an anonymous caller and stores nothing — but audits each refusal once', async () => {
    const app = appWith({ AUTH_MODE: 'token', API_TOKENS: `${VIEWER_TOKEN}:victor:viewer` });
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    for (const headers of [{ authorization: `Bearer ${VIEWER_TOKEN}` }, {}] as Record<string, string>[]) {
      const res = await post(app, CLASSIFY, input(ip), headers);
      expect(res.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      const rows = await auditRows(res.requestId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'refused', action: 'classify', target: ip });
    }
    const stored = await demo.db.query<{ n: number }>(sql`SELECT count() AS n FROM ${demo.db.table('soc_feedback')} WHERE entity_value = ${ip}`);
    expect(stored[0]!.n).toBe(0);
  });

  it('answers an error, never a success, when the write cannot be stored', async () => {
    const config = loadConfig({ CLICKHOUSE_HOST: '127.0.0.1', CLICKHOUSE_PORT: '9', CLICKHOUSE_QUERY_TIMEOUT_S: '2', AUTH_MODE: 'local', LOG_LEVEL: 'silent' });
    const app = testApp(config, createDb(config.clickhouse));
    const res = await post(app, CLASSIFY, input('203.0.113.9'));
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors[0].message).toMatch(/nothing was saved/);
  });

  it('rejects bad input before writing anything, and audits the attempt as invalid', async () => {
    const app = appWith({});
    for (const [value, field] of [
      ['not-an-ip', 'value'],
      ['203.0.113.5', 'confidence'],
    ] as const) {
      const res = await post(app, CLASSIFY, { input: { ...input(value).input, ...(field === 'confidence' ? { confidence: 3 } : {}) } });
      expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await auditRows(res.requestId)).toEqual([{ outcome: 'invalid', actor: 'local-analyst', action: 'classify', target: value }]);
      const stored = await demo.db.query(sql`SELECT 1 FROM ${demo.db.table('soc_feedback')} WHERE request_id = ${res.requestId}`);
      expect(stored).toEqual([]);
    }
  });

  it('writes exactly one audit row per attempt over a mixed series, and the audit queries count them', async () => {
    const app = appWith({ AUTH_MODE: 'token', API_TOKENS: `${ANALYST_TOKEN}:alice:analyst,${VIEWER_TOKEN}:victor:viewer,${ADMIN_TOKEN}:ada:admin` });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const token = i % 2 ? VIEWER_TOKEN : ANALYST_TOKEN;
      ids.push((await post(app, CLASSIFY, input(demo.truth.scenarios.botnet.ips[i]!, 'SUSPICIOUS'), { authorization: `Bearer ${token}` })).requestId);
    }
    const rows = await demo.db.query<{ request_id: string; n: number }>(
      sql`SELECT request_id, count() AS n FROM ${demo.db.table('audit_logs')} WHERE request_id IN ${ids} GROUP BY request_id`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r.n).toBe(1);
    // the audit trail is for admins
    const activity = await post(
      app,
      `{ userActivity { user total refused } auditStats { total byOutcome { key count } } auditLog(actor: "victor") { totalCount items { outcome } } }`,
      {},
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    const victor = activity.data.userActivity.find((u: any) => u.user === 'victor');
    expect(victor.refused).toBe(victor.total);
    expect(activity.data.auditLog.items.every((i: any) => i.outcome === 'refused')).toBe(true);
  });
});

describe('export for ML', () => {
  const EXPORT = `query { mlTrainingSet { totalCount featureNames examples { address label tags analyst sessions features } } }`;

  it('lists each classified IP once with its latest verdict and the features the bot-detector scores on', async () => {
    const app = appWith({});
    const humans = demo.truth.scenarios.human.ips.slice(10, 13);
    const stuffer = demo.truth.scenarios.headless.ips[0]!;
    for (const ip of humans) expect((await post(app, CLASSIFY, input(ip, 'LEGITIMATE'))).errors).toBeUndefined();
    expect((await post(app, CLASSIFY, input(stuffer, 'SUSPICIOUS'))).errors).toBeUndefined();
    expect((await post(app, CLASSIFY, input(stuffer, 'MALICIOUS'))).errors).toBeUndefined(); // a later decision replaces the earlier

    const r = await gql<any>(app, EXPORT);
    expect(r.errors).toBeUndefined();
    const set = r.data.mlTrainingSet;
    expect(set.featureNames).toContain('hit_velocity');
    const mine = set.examples.filter((e: any) => [...humans, stuffer].includes(e.address));
    expect(mine.map((e: any) => e.address).sort()).toEqual([...humans, stuffer].sort());
    expect(mine.find((e: any) => e.address === stuffer).label).toBe('malicious');
    expect(mine.filter((e: any) => e.label === 'legitimate')).toHaveLength(3);
    expect(new Set(set.examples.map((e: any) => e.address)).size).toBe(set.examples.length);
    expect(set.totalCount).toBe(set.examples.length);

    // the features are the IP's own profile, and the export's query count does not grow with its length
    const own = await gql<any>(
      app,
      `query($ip: IPAddress!) { ip(address: $ip) { features(window: {preset: LAST_30D}) { sessions features { feature value } } } }`,
      { ip: stuffer },
    );
    const ex = mine.find((e: any) => e.address === stuffer);
    expect(ex.sessions).toBe(own.data.ip.features.sessions);
    for (const f of own.data.ip.features.features) expect(ex.features[f.feature]).toBeCloseTo(f.value, 6);
    expect(ex.sessions).toBeGreaterThan(0);
    expect(r.extensions?.clickhouse.queries).toBe(2);
  });

  it('filters by verdict', async () => {
    const r = await gql<any>(appWith({}), `query { mlTrainingSet(label: LEGITIMATE) { examples { label } } }`);
    expect(r.data.mlTrainingSet.examples.length).toBeGreaterThan(0);
    expect(r.data.mlTrainingSet.examples.every((e: any) => e.label === 'legitimate')).toBe(true);
  });
});
