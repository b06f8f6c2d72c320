import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { gql, testApp } from '../test/app.js';
import { SPEC_DIR } from '../test/legacy-sql.js';
import { routes } from './routes/index.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const get = async (url: string) => {
  const res = await app.request(url);
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
};

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

/** Every documented (method, path): the 77 of api-reference.md and the 22 more of legacy-api-v2.py. */
function documentedPaths(): string[] {
  const ref = readFileSync(path.join(SPEC_DIR, 'api-reference.md'), 'utf8');
  const v2 = readFileSync(path.join(SPEC_DIR, 'legacy-api-v2.py'), 'utf8');
  const fromRef = [...ref.matchAll(/^\| (GET|POST) \| (\S+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
  const fromV2 = [...v2.matchAll(/@router\.(get|post)\("([^"]+)"/g)].map((m) => `${m[1]!.toUpperCase()} /api${m[2]}`);
  return [...new Set([...fromRef, ...fromV2])];
}

describe('the route table', () => {
  it('registers every documented legacy path (99 with /health), and beside them only the saved-investigation, retro-hunt, alert and watch paths', () => {
    const documented = documentedPaths();
    expect(documented).toHaveLength(99);
    const table = new Set([...routes.map((r) => `${r.method} ${r.path}`), 'GET /health']);
    expect(documented.filter((p) => !table.has(p))).toEqual([]);
    expect([...table].filter((p) => !documented.includes(p)).sort()).toEqual([
      'DELETE /api/investigations/{id}',
      'DELETE /api/watches/{id}',
      'GET /api/alerts/raised',
      'GET /api/alerts/{id}',
      'GET /api/investigations',
      'GET /api/investigations/{id}',
      'GET /api/investigations/{id}/export',
      'GET /api/watches',
      'POST /api/alerts/{id}/acknowledge',
      'POST /api/alerts/{id}/close',
      'POST /api/alerts/{id}/comments',
      'POST /api/alerts/{id}/reopen',
      'POST /api/export',
      'POST /api/hunt',
      'POST /api/investigations',
      'POST /api/watches',
      'PUT /api/alerts/{id}/assignee',
      'PUT /api/investigations/{id}',
    ]);
  });

  it('answers every documented path with a GraphQL document: none is left pending', () => {
    expect(routes.filter((x) => !x.operation).map((x) => `${x.method} ${x.path}`)).toEqual([]);
  });

  it('answers unknown /api paths with a JSON 404', async () => {
    expect(await get('/api/definitely-not')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});

describe('GET /api/detections', () => {
  it('returns the legacy envelope, filtered and paged, agreeing with the graph', async () => {
    const { status, body } = await get('/api/detections?threat_level=CRITICAL&page=2&page_size=7&sort_by=anomaly_score&sort_order=desc');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['items', 'page', 'page_size', 'total', 'total_pages']);
    const graph = await gql<any>(app, '{ detections(window: {preset: LAST_30D}, filter: {threatLevels: [CRITICAL]}) { totalCount } }');
    expect(body.total).toBe(graph.data.detections.totalCount);
    expect(body).toMatchObject({ page: 2, page_size: 7, total_pages: Math.ceil(body.total / 7) });
    expect(body.items).toHaveLength(7);
    const keys = [
      'detected_at',
      'src_ip',
      'ja4',
      'host',
      'bot_name',
      'anomaly_score',
      'threat_level',
      'model_name',
      'recurrence',
      'asn_number',
      'asn_org',
      'country_code',
      'hits',
      'hit_velocity',
      'fuzzing_index',
      'post_ratio',
      'reason',
    ];
    for (const item of body.items) {
      for (const k of keys) expect(item, k).toHaveProperty(k);
      expect(item.threat_level).toBe('CRITICAL');
      expect(typeof item.asn_number).toBe('string');
      expect(item.src_ip).not.toMatch(/::ffff:/);
    }
    const scores = body.items.map((i: any) => i.anomaly_score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('speaks the v2 dialect (per_page, sort, order → {data, per_page, pages}) with every column', async () => {
    const { body } = await get('/api/detections?per_page=3&sort=hits&order=asc&country_code=fr');
    expect(Object.keys(body).sort()).toEqual(['data', 'page', 'pages', 'per_page', 'total']);
    expect(body.data).toHaveLength(3);
    for (const row of body.data) {
      expect(row.country_code).toBe('FR');
      expect(row).toHaveProperty('xgb_prob');
      expect(row).toHaveProperty('src_ip_str', row.src_ip);
    }
    expect(body.data.map((r: any) => r.hits)).toEqual([...body.data.map((r: any) => r.hits)].sort((a: number, b: number) => a - b));
  });

  it('filters by campaign members through the search text and by model', async () => {
    const ip = demo.truth.scenarios.credential_stuffing.ips[0]!;
    const { body } = await get(`/api/detections?search=${ip}&model_name=Complet&page_size=100`);
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.src_ip).toBe(ip);
      expect(item.model_name).toBe('Complet');
    }
  });

  it.each([
    ['threat_level=APOCALYPSE', /threat_level must be one of/],
    ['page=0', /page must be an integer/],
    ['page_size=100000', /page_size must be an integer from 1 to 500/],
    ['sort_by=password', /sort_by must be one of/],
    ['asn_number=AS1;DROP', /asn_number must be an integer/],
    [`search=${'x'.repeat(300)}`, /search is at most 200/],
  ])('rejects %s with 400', async (query, message) => {
    const { status, body } = await get(`/api/detections?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  it('gives one detection by id, 404 for an unknown id, 400 for a malformed one', async () => {
    const { body: list } = await get('/api/detections?page_size=1');
    const id = list.items[0].id;
    const one = await get(`/api/detections/${id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ detection_id: id, src_ip: list.items[0].src_ip, threat_level: list.items[0].threat_level });
    expect((await get('/api/detections/12345')).status).toBe(404);
    expect((await get('/api/detections/not-an-id')).status).toBe(400);
  });
});

describe('search, entity types and clustering', () => {
  it('quick search finds the botnet campaign and the crawler AS', async () => {
    const { body } = await get('/api/search/quick?q=NEBULA');
    expect(body.results).toContainEqual(expect.objectContaining({ type: 'campaign', value: demo.truth.botnet.campaignId }));
    const asn = await get('/api/search/quick?q=AS15169');
    expect(asn.body.results[0]).toMatchObject({ type: 'asn', value: '15169', match: 'exact' });
    expect((await get('/api/search/quick')).status).toBe(400);
  });

  it('lists the entity types', async () => {
    const { body } = await get('/api/entities/types');
    expect(body.types.map((t: any) => t.type)).toEqual(expect.arrayContaining(['ip', 'ja4', 'asn', 'host', 'country', 'user_agent', 'subnet']));
  });

  it('clusters, then reports a fresh cache, and lists a cluster’s IPs', async () => {
    const { body } = await get('/api/clustering/clusters');
    expect(body.clusters.length).toBeGreaterThanOrEqual(2);
    const status = await get('/api/clustering/status');
    expect(status.body).toMatchObject({ status: 'fresh', n_clusters: body.clusters.length });
    const first = body.clusters[0];
    const ips = await get(`/api/clustering/cluster/${first.cluster_id}/ips?limit=5`);
    expect(ips.body).toMatchObject({ cluster_id: first.cluster_id, total: first.size });
    expect(ips.body.ips).toHaveLength(Math.min(5, first.size));
    expect((await get('/api/clustering/cluster/999/ips')).status).toBe(404);
    const points = await get(`/api/clustering/cluster/${first.cluster_id}/points?limit=10`);
    expect(points.body.points).toHaveLength(Math.min(10, first.size));
    for (const p of points.body.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe('API documentation', () => {
  it('/openapi.json is a valid OpenAPI 3.1 document listing every route', async () => {
    const { body } = await get('/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(body))).resolves.toBeDefined();
    for (const r of routes) expect(body.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    expect(body.paths['/health'].get).toBeDefined();
  });

  it('serves Swagger UI at /docs and ReDoc at /redoc with their scripts, offline', async () => {
    for (const [page, asset] of [
      ['/docs', '/docs/assets/swagger-ui-bundle.js'],
      ['/redoc', '/redoc/redoc.standalone.js'],
    ] as const) {
      const html = await (await app.request(page)).text();
      expect(html).toContain(asset);
      expect(html).not.toMatch(/https?:\/\//);
      const js = await app.request(asset);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
    }
  });
});

describe('infrastructure failures', () => {
  it('answers 503 with Retry-After and no internals when ClickHouse is unreachable', async () => {
    const { loadConfig } = await import('../config.js');
    const { createDb } = await import('../db/client.js');
    const config = loadConfig({ CLICKHOUSE_HOST: '127.0.0.1', CLICKHOUSE_PORT: '9', CLICKHOUSE_QUERY_TIMEOUT_S: '2', LOG_LEVEL: 'silent' });
    const down = testApp(config, createDb(config.clickhouse));
    const res = await down.request('/api/detections');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/unavailable/) } });
    expect(text).not.toMatch(/ECONNREFUSED|SELECT|stack/);
  });
});
