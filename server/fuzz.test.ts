import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { demoDb, type DemoDb } from './test/demo-db.js';
import pino from 'pino';
import { createApp } from './app.js';
import { buildSchema } from './build-schema.js';
import { routes } from './rest/routes/index.js';
import type { Config } from './config.js';

/**
 * Property-based fuzzing of the real app on the demo database: generated GraphQL documents and
 * variables, and REST requests (paths, query strings, bodies, content types). Whatever is sent,
 * the answer is never a server error (503/504 are allowed: an unavailable database), never
 * INTERNAL_SERVER_ERROR, and never carries SQL, a stack or a file path.
 */

let demo: DemoDb;
let app: ReturnType<typeof createApp>;
const schema = buildSchema();
// FUZZ_SCALE=10 fuzzes ten times as long (the default keeps CI quick)
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
/** What the app logged at error level: a failing check shows it beside what was sent. */
const errorsLogged: string[] = [];
const seen = { requests: 0, byStatus: new Map<number, number>() };

beforeAll(async () => {
  demo = await demoDb();
  // the default limits, but a budget no fuzzing run exhausts: refusals must come from the request itself
  const config: Config = { ...demo.config, limits: { ...demo.config.limits, costBurst: 1e12, costPerMinute: 1e12 } };
  app = createApp({ config, db: demo.db, schema, logger: pino({ level: 'error' }, { write: (line: string) => void errorsLogged.push(line) }) });
});

const LEAK = /\bSELECT\b|\bFROM\s+[a-z_]+\.[a-z_]+|DB::Exception|Code: \d+\.|\bat [\w.<>]+ \(|\.ts:\d+|node_modules|\/work\/|INTERNAL_SERVER_ERROR/;

async function check(res: Response, sent: string) {
  const text = await res.text();
  seen.requests++;
  seen.byStatus.set(res.status, (seen.byStatus.get(res.status) ?? 0) + 1);
  if (res.status >= 500 && res.status !== 503 && res.status !== 504) throw new Error(`status ${res.status}: ${text.slice(0, 300)}\nsent: ${sent}`);
  if (LEAK.test(text)) throw new Error(`leak in ${res.status}: ${text.slice(0, 500)}\nsent: ${sent}\nlogged: ${errorsLogged.slice(-3).join('\n')}`);
}

// values an attacker or a broken client sends
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '0',
    '-1',
    '1e309',
    'NaN',
    '__proto__',
    'constructor',
    'toString',
    "' OR 1=1 --",
    '"; DROP TABLE x; --',
    '{p0:String}',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '🦊',
    'a'.repeat(3000),
    '::ffff:1.2.3.4',
    '999.1.1.1',
    '10.0.0.0/8',
    't13d1516h2_8daaf6152771_02713d6af862',
    'AS16276',
    'FR',
  ),
  fc.integer().map(String),
);
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    nasty,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(nasty, fc.constantFrom('first', 'window', 'since', 'until', 'preset', 'input', 'value', 'type', 'tags')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** A GraphQL literal for an input type: usually of the right shape, sometimes not. */
function literal(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  const named = getNamedType(type);
  const wrong = nasty.map((s) => JSON.stringify(s));
  let right: fc.Arbitrary<string>;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) right = fc.array(literal(nullable.ofType as GraphQLInputType, depth + 1), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`);
  else if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name), 'NOT_A_VALUE');
  else if (isInputObjectType(named) && depth < 3) {
    const fields = Object.values(named.getFields());
    right = fc
      .subarray(fields, { minLength: 0 })
      .chain((fs) => fc.tuple(...fs.map((f) => literal(f.type, depth + 1).map((v) => `${f.name}: ${v}`))).map((kv) => `{ ${kv.join(', ')} }`));
  } else if (isScalarType(named) && named.name === 'Int') right = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.integer()).map(String);
  else if (isScalarType(named) && named.name === 'Float') right = fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
  else if (isScalarType(named) && named.name === 'Boolean') right = fc.boolean().map(String);
  else if (isScalarType(named) && named.name === 'DateTime')
    right = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => JSON.stringify(d.toISOString())),
      wrong,
    );
  else right = wrong;
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** A selection on an object type, a few levels deep, with arguments and sometimes aliases. */
function selection(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('_'));
  const field = fc.constantFrom(...fields).chain((f) => {
    const args = f.args.length
      ? fc
          .subarray([...f.args])
          .chain((as) =>
            as.length ? fc.tuple(...as.map((a) => literal(a.type).map((v) => `${a.name}: ${v}`))).map((kv) => `(${kv.join(', ')})`) : fc.constant(''),
          )
      : fc.constant('');
    const inner = getNamedType(f.type);
    const sub = isObjectType(inner)
      ? depth > 0
        ? selection(inner, depth - 1).map((s) => ` { ${s} }`)
        : fc.constant(' { __typename }')
      : 'getFields' in inner
        ? fc.constant(' { __typename }')
        : fc.constant('');
    return fc
      .tuple(fc.option(fc.constantFrom('a', 'b', 'c'), { freq: 4 }), args, sub)
      .map(([alias, a, s]) => `${alias ? `${alias}${Math.floor(Math.random() * 1e6)}: ` : ''}${f.name}${a}${s}`);
  });
  return fc.array(field, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));
}

const post = (body: string, contentType = 'application/json') => app.request('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });

describe('fuzzing the real app', () => {
  it('answers 4 000 generated GraphQL operations (queries and mutations) without a server error or a leak', async () => {
    const query = schema.getQueryType()!;
    const mutation = schema.getMutationType()!;
    const doc = fc.oneof(
      { weight: 6, arbitrary: selection(query, 3).map((s) => `{ ${s} }`) },
      { weight: 1, arbitrary: selection(mutation, 1).map((s) => `mutation { ${s} }`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '{',
          '}',
          '{ ip(address: "1.2.3.4") { ...F } }',
          'fragment F on IP { ...F } { __typename }',
          'query { __schema { types { name } } }',
          'subscription { x }',
          '{ a: __typename @skip(if: true) }',
        ),
      },
    );
    await fc.assert(
      fc.asyncProperty(doc, async (q) => check(await post(JSON.stringify({ query: q })), q)),
      { numRuns: 4000 * SCALE, endOnFailure: true },
    );
  }, 900_000);

  it('answers 2 000 operations with generated variables and request bodies without a server error or a leak', async () => {
    const operations = [
      'query($ip: IPAddress!, $w: TimeWindow) { ip(address: $ip, window: $w) { hits ja4s { totalCount } } }',
      'query($f: DetectionFilter, $o: DetectionOrder, $first: Int, $after: String) { detections(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount edges { cursor } } }',
      'query($t: EntityType!, $v: String!, $types: [EntityType!], $first: Int) { entity(type: $t, value: $v) { key neighbors(types: $types, first: $first) { type totalCount } } }',
      'query($q: String!, $first: Int) { search(query: $q, first: $first) { key } }',
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      'mutation($input: ClassifyInput!) { classify(input: $input) { id } }',
      'mutation($input: NewAuditEntry!) { recordAuditEntry(input: $input) }',
    ];
    const request = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...operations),
            fc.dictionary(fc.constantFrom('ip', 'w', 'f', 'o', 'first', 'after', 't', 'v', 'types', 'q', 'ids', 'input'), jsonValue, { maxKeys: 5 }),
          )
          .map(([query, variables]) => JSON.stringify({ query, variables })),
      },
      { weight: 1, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    );
    await fc.assert(
      fc.asyncProperty(request, async (body) => check(await post(body), body)),
      { numRuns: 2000 * SCALE, endOnFailure: true },
    );
  }, 900_000);

  it('answers 4 000 generated REST requests (paths, query strings, bodies, content types) without a server error or a leak', async () => {
    const pathOf = (template: string) =>
      fc.tuple(...(template.match(/\{\w+\}/g) ?? []).map(() => nasty)).map((values) => {
        let i = 0;
        return template.replace(/\{\w+\}/g, () => encodeURIComponent(values[i++] as string));
      });
    const rest = fc
      .record({
        route: fc.constantFrom(...routes),
        query: fc.dictionary(
          fc.oneof(
            fc.constantFrom(
              'page',
              'page_size',
              'per_page',
              'limit',
              'sort',
              'sort_by',
              'order',
              'sort_order',
              'threat_level',
              'model_name',
              'country_code',
              'asn_number',
              'search',
              'type',
              'q',
              'hours',
              'days',
              'target_attr',
              'outcome',
            ),
            nasty,
          ),
          nasty,
          { maxKeys: 4 },
        ),
        body: fc.oneof(
          jsonValue.map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.constant(JSON.stringify({ label: 'malicious', tags: ['scraping'], ip: '1.2.3.4', confidence: 0.5 })),
        ),
        contentType: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          '',
        ),
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
      })
      .chain((r) => pathOf(r.route.path).map((path) => ({ ...r, path })));
    await fc.assert(
      fc.asyncProperty(rest, async (r) => {
        const qs = new URLSearchParams(r.query as Record<string, string>).toString();
        const method = r.method === 'GET' || r.method === 'POST' ? r.route.method : r.method;
        const init: RequestInit =
          method === 'GET' || method === 'DELETE' ? { method } : { method, body: r.body, headers: r.contentType ? { 'content-type': r.contentType } : {} };
        await check(await app.request(`${r.path}${qs ? `?${qs}` : ''}`, init), `${method} ${r.path}?${qs} ${r.contentType} ${r.body}`);
      }),
      { numRuns: 4000 * SCALE, endOnFailure: true },
    );
    // what the fuzzing exercised, for the record
    console.log(`fuzz: ${seen.requests} requests; by status: ${JSON.stringify(Object.fromEntries([...seen.byStatus].sort((a, b) => a[0] - b[0])))}`);
    expect(seen.requests).toBeGreaterThanOrEqual(10_000);
  }, 900_000);

  it('counts every one of those requests in /metrics, by status, with the refusals and the ClickHouse work behind them', async () => {
    const text = await (await app.request('/metrics')).text();
    const series = (name: string) =>
      [...text.matchAll(new RegExp(`^${name}\\{([^}]*)\\} ([0-9.e+]+)$`, 'gm'))].map((m) => ({
        labels: Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1]!, l[2]!])),
        value: Number(m[2]),
      }));
    const sumBy = (name: string, label: string) => {
      const out: Record<string, number> = {};
      for (const s of series(name)) out[s.labels[label]!] = (out[s.labels[label]!] ?? 0) + s.value;
      return out;
    };
    const byStatus = sumBy('ja4graph_http_requests_total', 'status');
    expect(byStatus).toEqual(Object.fromEntries([...seen.byStatus].map(([s, n]) => [String(s), n])));
    const queries = sumBy('ja4graph_clickhouse_queries_total', 'outcome');
    const rows = Object.values(sumBy('ja4graph_clickhouse_rows_read_total', 'label')).reduce((a, b) => a + b, 0);
    console.log(
      `metrics after the fuzzing: requests by status ${JSON.stringify(byStatus)}; GraphQL operations by outcome ${JSON.stringify(sumBy('ja4graph_graphql_operations_total', 'outcome'))}; ` +
        `refusals by reason ${JSON.stringify(sumBy('ja4graph_refusals_total', 'reason'))}; ClickHouse queries ${JSON.stringify(queries)}, ${rows} rows read`,
    );
    expect(queries.ok).toBeGreaterThan(0);
  });
});
