import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from './test/demo-db.js';
import { gql, testApp } from './test/app.js';
import { loadConfig } from './config.js';
import { createDb } from './db/client.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('GET /health', () => {
  it('reports ClickHouse reachable, its version and the row counts of the main tables', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ok');
    expect(body.clickhouse).toMatchObject({ connected: true, mode: 'embedded', database: 'mabase_prod' });
    expect(body.clickhouse.version).toMatch(/^\d+\.\d+/);
    expect(body.tables).toMatchObject({
      http_logs: demo.truth.rows.http_logs,
      ml_all_scores: demo.truth.rows.ml_all_scores,
      ml_detected_anomalies: demo.truth.rows.ml_detected_anomalies,
    });
    expect(body.tables.http_logs).toBeGreaterThan(10_000);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers 503 with a clear body, and no internals, when ClickHouse is unreachable', async () => {
    const config = loadConfig({ CLICKHOUSE_HOST: '127.0.0.1', CLICKHOUSE_PORT: '9', CLICKHOUSE_QUERY_TIMEOUT_S: '2', LOG_LEVEL: 'silent' });
    const down = testApp(config, createDb(config.clickhouse));
    const res = await down.request('/health');
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: 'unavailable', clickhouse: { connected: false, mode: 'server' } });
    expect(text).not.toMatch(/ECONNREFUSED|stack|at \w+ \(/);
  });
});

describe('/graphql', () => {
  it('answers queries and reports the ClickHouse work of the request in extensions', async () => {
    const res = await gql<{ health: { ok: boolean; tables: { table: string; rows: number }[] } }>(app, '{ health { ok tables { table rows } } }');
    expect(res.data?.health.ok).toBe(true);
    expect(res.data?.health.tables.find((t) => t.table === 'http_logs')?.rows).toBe(demo.truth.rows.http_logs);
    expect(res.extensions?.clickhouse).toMatchObject({ queries: 1 });
    expect(res.extensions?.clickhouse.rowsRead).toBeGreaterThanOrEqual(0);
  });

  it('serves GraphiQL to a browser', async () => {
    const res = await app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/GraphiQL/i);
  });

  it('exposes the federation subgraph SDL', async () => {
    const res = await gql<{ _service: { sdl: string } }>(app, '{ _service { sdl } }');
    expect(res.data?._service.sdl).toMatch(/@link\(url: "https:\/\/specs.apollo.dev\/federation/);
  });
});

describe('batched operations', () => {
  const post = (body: unknown) => app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a batch operation by operation, sharing loaders: two panels needing one IP’s signals cost what one document asking both costs', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const risk = `{ ip(address: "${ip}") { investigation { riskScore } } }`;
    const advice = `{ ip(address: "${ip}") { investigation { recommendation { label } } } }`;
    const res = await post([{ query: risk }, { query: advice }, { query: '{ nope }' }]);
    expect(res.status).toBe(200);
    const [a, b, bad] = (await res.json()) as any[];
    expect(a.data.ip.investigation.riskScore).toBeGreaterThan(50);
    expect(b.data.ip.investigation.recommendation.label).toBe('malicious');
    // each operation keeps its own errors
    expect(bad.errors[0].message).toMatch(/nope/);
    expect(a.errors).toBeUndefined();
    const together = await gql<any>(app, `{ ip(address: "${ip}") { investigation { riskScore recommendation { label } } } }`);
    const batchQueries = Math.max(a.extensions.clickhouse.queries, b.extensions.clickhouse.queries);
    expect(batchQueries).toBe(together.extensions!.clickhouse.queries);
    // sent one by one, the signals would be read twice
    const separate = (await gql<any>(app, risk)).extensions!.clickhouse.queries + (await gql<any>(app, advice)).extensions!.clickhouse.queries;
    expect(batchQueries).toBeLessThan(separate);
  });

  it('refuses a batch longer than MAX_BATCH', async () => {
    const res = await post(Array.from({ length: demo.config.limits.maxBatch + 1 }, () => ({ query: '{ __typename }' })));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('web app and CORS', () => {
  it('serves the built UI at / and falls back to it for client-side routes', async () => {
    for (const path of ['/', '/detections/ip/203.0.113.7']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/<div id="root">/);
    }
  });

  it('allows the configured origins only', async () => {
    const ok = await app.request('/health', { headers: { origin: 'http://localhost:3000' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await app.request('/health', { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a REST path whose capability has not landed with 501 and a message, never with data', async () => {
    const { Hono } = await import('hono');
    const { mountRest } = await import('./rest/router.js');
    const { pending } = await import('./rest/route.js');
    const { createLogger } = await import('./logger.js');
    const bare = new Hono();
    const { createBudget } = await import('./graphql/budget.js');
    mountRest(
      bare as never,
      { config: demo.config, db: demo.db, logger: createLogger('silent'), schema: null as never, budget: createBudget({ perMinute: 1, burst: 1 }) },
      [pending('GET', '/api/future/{thing}', 'Future', 'Not there yet', 'a capability of a later issue')],
    );
    const res = await bare.request('/api/future/x');
    expect(res.status).toBe(501);
    expect(await res.json()).toEqual({
      error: { code: 'NOT_IMPLEMENTED', message: 'GET /api/future/{thing} is not implemented yet: it needs a capability of a later issue.' },
    });
  });
});
