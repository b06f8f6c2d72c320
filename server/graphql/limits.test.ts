import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type DocumentNode } from 'graphql';
import * as web from '../../web/src/gql/graphql.js';
import * as rest from '../rest/generated/graphql.js';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { gql, testApp } from '../test/app.js';
import { loadConfig, type Config } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { buildSchema } from '../build-schema.js';
import { exampleTabs } from './examples.js';
import { COST, estimate, ROOT_COST } from './cost.js';
import { limitRules } from './guard.js';
import { validate } from 'graphql';
import { sql } from '../db/sql.js';

/**
 * The request limits on the real app: each payload an attacker or a careless script could send is
 * refused with a typed error, before any ClickHouse query, quickly; and every document the product
 * itself sends passes them.
 */

let demo: DemoDb;
let queries = 0;
const counted = (db: Db): Db => ({
  ...db,
  scoped: (id, stats, bounds) => counted(db.scoped(id, stats, bounds)),
  detached: () => counted(db.detached()),
  query(q, opts) {
    queries++;
    return db.query(q, opts);
  },
});
const appOf = (config: Config) => testApp(config, counted(demo.db));
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  demo = await demoDb();
  app = appOf(demo.config);
  await gql(app, '{ __typename }'); // the first request builds the server's caches
});

const nest = (levels: number) => {
  let open = '';
  let close = '';
  for (let i = 0; i < levels; i++) {
    open += i % 2 === 0 ? 'ja4s { edges { node { fingerprint ' : 'ips { edges { node { address ';
    close += ' } } }';
  }
  return `{ ip(address: "${demo.truth.scenarios.botnet.ips[0]}") { ${open}${close} } }`;
};

async function refused(payload: string, reason: string, variables?: Record<string, unknown>) {
  const before = queries;
  const started = performance.now();
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: payload, variables }),
  });
  const ms = performance.now() - started;
  const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason });
  // refused while parsing or validating: GraphQL over HTTP answers application/json with 200 and the error
  expect([200, 400]).toContain(res.status);
  expect(queries - before, 'no ClickHouse query ran').toBe(0);
  // well under a second even on a loaded CI machine (whose timers ran 1.5 s late once): refused before any work
  expect(ms).toBeLessThan(1000);
  return body;
}

describe('limits before execution', () => {
  it('refuses the 15-level ip → ja4s → ips … nest (the payload that exhausted the heap), by depth in entity hops', async () => {
    const rss = process.memoryUsage().rss;
    for (let i = 0; i < 20; i++) await refused(nest(15), 'depth');
    const body = await refused(nest(15), 'depth');
    expect(body.errors[0]!.message).toMatch(/at most 6 hops/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 2 ** 20);
  });

  it('counts entity hops, not connection wrappers: 6 hops pass, 7 do not', async () => {
    const ok = await gql<any>(app, nest(5));
    expect(ok.errors?.find((e) => e.extensions?.reason === 'depth')).toBeUndefined();
    await refused(nest(6), 'depth');
  });

  it('refuses 200 aliases of search and of tcpSpoofingSummary (661 M and 66 M rows read before), and any document of more than 15 aliases', async () => {
    // 200 aliases are already over the token limit, which is checked first, while parsing
    await refused(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: search(query: "ovh${i}") { key }`).join(' ')} }`, 'tokens');
    await refused(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: tcpSpoofingSummary { spoofingIps }`).join(' ')} }`, 'tokens');
    await refused(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: tcpSpoofingSummary { spoofingIps }`).join(' ')} }`, 'aliases');
  });

  it('refuses a wide fan-out within the other limits by its cost: lists multiply their children by `first`', async () => {
    const body = await refused(
      `{ ja4(fingerprint: "${demo.truth.botnet.ja4}") { ips(first: 500) { edges { node { ja4s(first: 500) { edges { node { fingerprint hits } } } } } } } }`,
      'cost',
    );
    expect(body.errors[0]!.extensions.cost).toMatchObject({ limit: demo.config.limits.maxCost });
    expect((body.errors[0]!.extensions.cost as { requested: number }).requested).toBeGreaterThan(demo.config.limits.maxCost);
  });

  it('refuses too many tokens, too long a document and too many directives', async () => {
    await refused(`{ ${'__typename '.repeat(1200)} }`, 'tokens');
    await refused(`{ __typename ${' '.repeat(16_000)} }`, 'document_size');
    await refused(`query($t: Boolean = true) { ${Array.from({ length: 60 }, () => `__typename @include(if: $t)`).join(' ')} }`, 'directives');
  });

  it('refuses a body over the limit with 413, on /graphql and on the REST writes', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(70_000) } });
    const res = await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const restRes = await app.request('/api/classify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ src_ip: '1.2.3.4', classification: 'bot', comment: 'x'.repeat(70_000) }),
    });
    expect(restRes.status).toBe(413);
    expect(await restRes.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/larger than 65536 bytes/) } });
  });

  it('reports every operation’s cost, its limit and the caller’s remaining budget', async () => {
    const res = await gql<any>(app, `{ ja4(fingerprint: "${demo.truth.botnet.ja4}") { uniqueIps ips(first: 10) { edges { node { address } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toMatchObject({ limit: demo.config.limits.maxCost });
    expect(res.extensions!.cost.requested).toBeGreaterThan(10);
    expect(res.extensions!.cost.remaining).toBeLessThanOrEqual(demo.config.limits.costBurst - res.extensions!.cost.requested);
  });
});

describe('the documents the product sends', () => {
  const schema = buildSchema();
  const documents: [string, DocumentNode][] = [
    ...Object.entries(web)
      .filter(([n, d]) => n.endsWith('Document') && (d as DocumentNode)?.kind === 'Document')
      .map(([n, d]) => [`web ${n}`, d as DocumentNode] as [string, DocumentNode]),
    ...Object.entries(rest)
      .filter(([n, d]) => n.endsWith('Document') && (d as DocumentNode)?.kind === 'Document')
      .map(([n, d]) => [`REST ${n}`, d as DocumentNode] as [string, DocumentNode]),
    ...exampleTabs('/nonexistent').map((t) => [`GraphiQL ${t.query.split('\n')[1]}`, parse(t.query)] as [string, DocumentNode]),
  ];

  it('every UI, REST and GraphiQL document passes the default limits and the cost budget (with its largest page sizes)', () => {
    expect(documents.length).toBeGreaterThan(100);
    const limits = loadConfig({}).limits;
    for (const [name, doc] of documents) {
      expect(validate(schema, doc, limitRules(limits)), name).toEqual([]);
      // the explorer asks 100 neighbours of every type; lists default to their largest use
      const { cost } = estimate(schema, doc, null, { first: 100, limit: 100, types: null });
      expect(cost, name).toBeLessThanOrEqual(limits.maxCost);
    }
  });
});

describe('the cost given on each field', () => {
  const schema = buildSchema();
  const cost = (q: string) => estimate(schema, parse(q)).cost;

  it('prices a field by its own cost, a keyed field per key, and what it does not declare by its place', () => {
    expect(cost('{ tcpSpoofingSummary { spoofingIps } }')).toBe(COST.TRAFFIC_SCAN);
    expect(cost('{ metrics { totalDetections } }')).toBe(ROOT_COST + COST.DETECTIONS_SCAN);
    expect(cost('{ health { status } }')).toBe(0);
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(ROOT_COST + Math.ceil(3 * 0.5));
    expect(cost('{ _entities(representations: [{ __typename: "IP", key: "1.2.3.4" }]) { __typename } }')).toBe(ROOT_COST + 1);
    const fields = Object.values(schema.getTypeMap()).flatMap((t) => ('getFields' in t && !t.name.startsWith('__') ? Object.values(t.getFields()) : []));
    const given = fields.filter((f) => 'extensions' in f && f.extensions?.cost !== undefined);
    expect(given.length).toBeGreaterThan(60);
    for (const f of given) expect(typeof (f as { extensions: { cost: unknown } }).extensions.cost, f.name).toBe('number');
  });
});

describe('the per-caller budget', () => {
  it('answers 429 with Retry-After and RATE_LIMITED once a caller has spent its budget, on GraphQL and REST', async () => {
    const config = loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '400', RATE_LIMIT_COST_PER_MINUTE: '60', MAX_COST: '400' });
    const limited = appOf(config);
    const q = `{ ja4(fingerprint: "${demo.truth.botnet.ja4}") { ips(first: 100) { edges { node { address } } } } }`;
    const first = await gql<any>(limited, q);
    expect(first.errors).toBeUndefined();
    const cost = first.extensions!.cost.requested as number;
    // spend what is left of the 400
    for (let left = first.extensions!.cost.remaining as number; left >= cost; left -= cost) {
      const r = await gql<any>(limited, q);
      expect(r.errors).toBeUndefined();
    }
    const before = queries;
    const res = await limited.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    const body = await res.json();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'rate_limit' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(queries).toBe(before);
    // REST routes run their documents with the same budget
    let restRes = await limited.request('/api/detections?page_size=5');
    for (let i = 0; i < 10 && restRes.status === 200; i++) restRes = await limited.request('/api/detections?page_size=5');
    expect(restRes.status).toBe(429);
    expect(restRes.headers.get('retry-after')).toBeTruthy();
    expect((await restRes.json()).error.code).toBe('RATE_LIMITED');
  });
});

describe('caps during execution', () => {
  it('stops an answer past the result-size limit with one RESULT_TOO_LARGE error', async () => {
    const config = loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', MAX_RESULT_NODES: '150' });
    const capped = appOf(config);
    const q = (first: number) => `{ detections(first: ${first}) { edges { node { detectionId ja4 { countries(first: 5) { edges { node { code } } } } } } } }`;
    expect((await gql<any>(capped, q(20))).errors).toBeUndefined();
    const res = await gql<any>(capped, q(100));
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', reason: 'result_nodes', limit: 150 });
  });

  it('refuses to send a response over the size limit', async () => {
    const config = loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', MAX_RESPONSE_BYTES: '2048' });
    const res = await gql<any>(appOf(config), `{ detections(first: 100) { edges { node { detectionId reason userAgent } } } }`);
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', reason: 'response_size' });
  });

  it('stops ClickHouse at its guard rails (result rows) and says so without SQL', async () => {
    const config = loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', CLICKHOUSE_MAX_RESULT_ROWS: '10' });
    // the guard rails belong to the connection: a Db made with this configuration (more sessions on the same data)
    const res = await gql<any>(testApp(config, createDb(config.clickhouse)), `{ detections(first: 50) { totalCount edges { node { detectionId } } } }`);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'database_limit' });
    expect(JSON.stringify(res)).not.toMatch(/SELECT|FROM |Code: \d+/);
  });
});

describe('CSRF', () => {
  const stored = async () => (await demo.db.query<{ n: number }>(sql`SELECT count() AS n FROM ${demo.db.table('audit_logs')}`))[0]!.n;

  it('refuses form, multipart and text bodies with 415, and stores nothing', async () => {
    const before = await stored();
    const form = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { recordAuditEntry(input: {action: "csrf"}) }')}`,
    });
    expect(form.status).toBe(415);
    const multipart = await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' });
    expect(multipart.status).toBe(415);
    const text = await app.request('/api/classify', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ src_ip: demo.truth.scenarios.botnet.ips[0], classification: 'bot' }),
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Requests with a body must send it as application/json.' } });
    expect(await stored()).toBe(before);
  });

  it('runs no mutation over GET', async () => {
    const before = await stored();
    const res = await app.request(`/graphql?query=${encodeURIComponent('mutation { recordAuditEntry(input: {action: "csrf"}) }')}`);
    expect(res.status).toBe(405);
    expect(await stored()).toBe(before);
  });
});
