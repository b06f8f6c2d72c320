import { beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Writable } from 'node:stream';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { getJson, gql, testApp } from '../test/app.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { buildSchema } from '../build-schema.js';
import { sql } from '../db/sql.js';
import { DbParameterError } from '../db/errors.js';

/** Bad input, writes validated the same way everywhere, the production profile and /metrics, on the real app. */

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const ADMIN = 'admin-token-0123456789abcdef';
const ANALYST = 'analyst-token-0123456789abcd';

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

const post = (a: ReturnType<typeof testApp>, path: string, body: unknown, headers: Record<string, string> = {}) =>
  a.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const auditOf = async (requestId: string) =>
  demo.db.query<{ outcome: string; action: string; target: string }>(
    sql`SELECT toString(outcome) AS outcome, toString(action) AS action, target FROM ${demo.db.table('audit_logs')} WHERE request_id = ${requestId}`,
  );

describe('bad input is the caller’s, typed and logged below error level', () => {
  it('answers BAD_USER_INPUT for a malformed DateTime variable and for ids this API never gave out', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const logged = createApp({ config: demo.config, db: demo.db, logger, schema: buildSchema() });
    const cases: [string, Record<string, unknown>][] = [
      ['query($w: TimeWindow) { detections(window: $w) { totalCount } }', { w: { since: 'abc' } }],
      ['{ node(id: "abc") { id } }', {}],
      ['{ nodes(ids: ["abc", "%%%"]) { id } }', {}],
      // numbers GraphQL's Int allows but the columns do not (found by the fuzz test)
      ['{ detections(filter: { asns: [-191220184, 474] }) { totalCount } }', {}],
      ['{ requests(filter: { statuses: [70000] }) { totalCount } }', {}],
    ];
    for (const [query, variables] of cases) {
      const res = await gql<any>(logged, query, variables);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toMatch(/at \w+ \(|\.ts:\d|INTERNAL_SERVER_ERROR/);
    }
    expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
  });

  it('treats a bound value its column cannot hold as the caller’s input, should a check be missing', async () => {
    const err = await demo.db
      .query(sql`SELECT count() AS n FROM numbers(3) WHERE toUInt32(number) IN ${sql.typed([-1, 2], 'Array(UInt32)')}`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbParameterError);
  });

  it('refuses prototype keys as REST enum values with the accepted values, never internal text', async () => {
    for (const url of [
      '/api/detections?threat_level=constructor',
      '/api/detections?threat_level=__proto__',
      '/api/traffic?order=__proto__',
      '/api/traffic?sort=toString',
    ]) {
      const { status, body } = await getJson(app, url);
      expect(status, url).toBe(400);
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toMatch(/must be one of: /);
      expect(body.error.message).not.toMatch(/function|Object|\[/);
    }
  });
});

describe('writes are validated the same way on every route, and every attempt is audited', () => {
  it('refuses tags that are not a list of known tags, with an `invalid` audit row', async () => {
    const incidents = await getJson(app, '/api/incidents');
    const id = incidents.body.items[0].cluster_id;
    const asString = await post(app, `/api/incidents/${id}/classify`, { label: 'malicious', tags: 'scraping' });
    expect(asString.status).toBe(400);
    expect(await auditOf(asString.headers.get('x-request-id')!)).toEqual([{ outcome: 'invalid', action: 'classify_incident', target: id }]);
    const unknown = await post(app, `/api/incidents/${id}/classify`, { label: 'malicious', tags: ['not-a-tag'] });
    expect(unknown.status).toBe(400);
    expect((await auditOf(unknown.headers.get('x-request-id')!))[0]).toMatchObject({ outcome: 'invalid', action: 'classify_incident' });
  });

  it('answers 404 (NOT_FOUND) for a decision about an incident or an entity that does not exist, audited as invalid', async () => {
    const res = await post(app, '/api/incidents/abcdef0123456789/classify', { label: 'malicious' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
    expect(await auditOf(res.headers.get('x-request-id')!)).toEqual([{ outcome: 'invalid', action: 'classify_incident', target: 'abcdef0123456789' }]);
    const gqlRes = await gql<any>(app, 'mutation { classifyIncident(id: "abcdef0123456789", label: MALICIOUS) { id } }');
    expect(gqlRes.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entity = await post(app, '/api/analysis/classifications', { ip: '198.51.100.250', label: 'malicious' });
    expect(entity.status).toBe(404);
  });

  it('takes the v2 /api/classify tags and confidence, and refuses a confidence outside 0–1 instead of clamping it', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    const bad = await post(app, '/api/classify', { src_ip: ip, classification: 'bot', confidence: 5 });
    expect(bad.status).toBe(400);
    expect(await auditOf(bad.headers.get('x-request-id')!)).toEqual([{ outcome: 'invalid', action: 'classify', target: ip }]);
    const ok = await post(app, '/api/classify', { src_ip: ip, classification: 'bot', confidence: 0.7, tags: ['scraping', 'hosting-asn'] });
    expect(ok.status).toBe(200);
    const { id } = await ok.json();
    const [row] = await demo.db.query<{ tags: string[]; confidence: number }>(
      sql`SELECT tags, confidence FROM ${demo.db.table('soc_feedback')} WHERE toString(id) = ${id}`,
    );
    expect(row).toMatchObject({ tags: ['scraping', 'hosting-asn'] });
    expect(row!.confidence).toBeCloseTo(0.7, 5);
  });

  it('stores a legacy audit entry whose details are an object as its JSON', async () => {
    const details = { exported: 42, format: 'csv' };
    const res = await post(app, '/api/audit/logs', { action: 'export_csv', target_type: 'ip', target: '203.0.113.9', details });
    expect(res.status).toBe(200);
    const [row] = await demo.db.query<{ details: string }>(
      sql`SELECT details FROM ${demo.db.table('audit_logs')} WHERE request_id = ${res.headers.get('x-request-id')!}`,
    );
    expect(JSON.parse(row!.details)).toEqual(details);
  });
});

describe('production profile (NODE_ENV=production, token mode)', () => {
  const prod = (env: Record<string, string> = {}) =>
    testApp(
      loadConfig({
        DATA_DIR: demo.dataDir,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        AUTH_MODE: 'token',
        API_TOKENS: `${ADMIN}:ada:admin,${ANALYST}:alice:analyst`,
        ...env,
      }),
      demo.db,
    );
  const as = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  const ask = async (a: ReturnType<typeof testApp>, query: string, token?: string) => {
    const res = await post(a, '/graphql', { query }, as(token));
    return { status: res.status, body: await res.json() };
  };

  it('needs a token to read, unless ALLOW_ANONYMOUS_READ; GraphQL and REST alike', async () => {
    const a = prod();
    expect((await ask(a, '{ __typename }')).status).toBe(401);
    expect((await a.request('/api/detections')).status).toBe(401);
    expect((await ask(a, '{ __typename }', ANALYST)).status).toBe(200);
    const open = prod({ ALLOW_ANONYMOUS_READ: 'true' });
    expect((await ask(open, '{ __typename }')).status).toBe(200);
  });

  it('hides introspection, field suggestions, GraphiQL, _service and ClickHouse statistics from anonymous callers, and shows them to identified ones', async () => {
    const a = prod({ ALLOW_ANONYMOUS_READ: 'true' });
    const anon = await ask(a, '{ __schema { queryType { name } } }');
    expect(anon.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await ask(a, '{ detectoins { totalCount } }');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    expect((await ask(a, '{ _service { sdl } }')).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const page = await a.request('/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/GraphiQL/);
    expect((await ask(a, '{ __typename }')).body.extensions?.clickhouse).toBeUndefined();

    const known = await ask(a, '{ __schema { queryType { name } } }', ANALYST);
    expect(known.body.data.__schema.queryType.name).toBe('Query');
    expect(JSON.stringify((await ask(a, '{ detectoins { totalCount } }', ANALYST)).body)).toMatch(/Did you mean/);
    expect((await ask(a, '{ _service { sdl } }', ANALYST)).body.data._service.sdl).toMatch(/type Query/);
    const page2 = await a.request('/graphql', { headers: { accept: 'text/html', ...as(ANALYST) } });
    expect(await page2.text()).toMatch(/GraphiQL/);
  });

  it('shows the audit trail to admins only', async () => {
    const a = prod();
    expect((await ask(a, '{ auditLog { totalCount } }', ANALYST)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await a.request('/api/audit/logs', { headers: as(ANALYST) })).status).toBe(403);
    expect((await ask(a, '{ auditLog { totalCount } }', ADMIN)).body.data.auditLog.totalCount).toBeGreaterThan(0);
  });
});

describe('/metrics', () => {
  it('exposes requests, operations, ClickHouse work, refusals and the event loop in Prometheus format, behind its token when set', async () => {
    const a = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', METRICS_TOKEN: 'metrics-token-0123456789' }), demo.db);
    await post(a, '/graphql', {
      query: `query IpCard { ip(address: "${demo.truth.scenarios.botnet.ips[0]}") { hits ja4s { totalCount } } }`,
      operationName: 'IpCard',
    });
    await post(a, '/graphql', { query: `{ ${'__typename '.repeat(1200)} }` });
    await a.request('/api/detections?page_size=5');
    expect((await a.request('/metrics')).status).toBe(401);
    const res = await a.request('/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/ja4graph_http_requests_total\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/ja4graph_http_requests_total\{method="GET",route="\/api\/detections",status="200"\} 1/);
    // IpCard is the caller's own name, not one of the product's documents: counted as `other`
    expect(text).toMatch(/ja4graph_graphql_operations_total\{operation="other",outcome="ok"\} 1/);
    expect(text).toMatch(/ja4graph_graphql_operation_duration_seconds_bucket\{le="[\d.]+",operation="other"\}/);
    expect(text).toMatch(/ja4graph_graphql_operation_cost_sum\{operation="other"\} [1-9]/);
    expect(text).not.toMatch(/operation="IpCard"/);
    expect(text).toMatch(/ja4graph_clickhouse_queries_total\{label="layer\.\w+",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/ja4graph_clickhouse_rows_read_total\{label="[\w.]+"\} [1-9]/);
    expect(text).toMatch(/ja4graph_refusals_total\{reason="tokens"\} 1/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/process_resident_memory_bytes \d/);
  });

  it('/health reports the event-loop lag', async () => {
    const { body } = await getJson(app, '/health');
    expect(body.event_loop).toMatchObject({ lag_p50_ms: expect.any(Number), lag_p99_ms: expect.any(Number), lag_max_ms: expect.any(Number) });
  });
});
