// npm run bench [-- --runs 50] [-- --only "IP inv"] [-- --concurrency 16 --duration 30] [-- --soak (16 clients, 600 s, exports and saves in the mix)] [-- --calibrate]
//
// Latency and ClickHouse work of representative operations against the configured database
// (DATA_DIR / CLICKHOUSE_HOST), e.g. after `npm run demo -- --scale 10`. For each operation, in the
// same process and run, side by side (graphql and direct run after run in turn, so both see the machine alike):
//   graphql  the GraphQL operation (p50, p95, queries, rows read);
//   direct   the very SQL its resolvers ran, issued at once in parallel: the GraphQL overhead;
//   rounds   the same SQL replayed in the rounds the resolvers issued it (a level's statements need the
//            answers of the level before): the overhead of GraphQL itself where an operation has several;
//   raw      the same data by hand-written SQL on the raw tables: what the graph layer saves.
// With --concurrency N: N clients over HTTP for --duration seconds on a mix of the IP
// investigation, the JA4 pivot, /api/detections and /api/metrics: requests/s and p50/p95/p99.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { loadConfig } from '../server/config.js';
import { createDb, emptyStats, type Db, type QueryOptions, type QueryStats } from '../server/db/client.js';
import { sql, type Sql } from '../server/db/sql.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { buildSchema } from '../server/build-schema.js';
import { loadLayerState } from '../server/graph/layer/state.js';
import { randomUUID } from 'node:crypto';
import { createWatchRepository, type WatchRow } from '../server/modules/watch/watch.repository.js';
import type { Rule } from '../server/modules/watch/watch.rules.js';
import { createAlertRepository } from '../server/modules/alert/alert.repository.js';
import { evaluateWatches } from '../server/modules/alert/alert.evaluate.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    concurrency: { type: 'string' },
    duration: { type: 'string', default: '30' },
    soak: { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
    /** Only the operations whose name contains this. */
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
// reputation offline: a benchmark measures our work, not a third party's latency; and the load's
// 16 clients stand for 16 analysts, not one caller whose cost budget the limiter would spend in seconds
const config = loadConfig({
  ...process.env,
  DEBUG_QUERIES: '1',
  LOG_LEVEL: 'silent',
  REPUTATION_PROVIDERS: 'none',
  RATE_LIMIT_COST_PER_MINUTE: '1000000000',
  RATE_LIMIT_BURST: '1000000000',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000000',
  RATE_LIMIT_REQUEST_BURST: '1000000000',
  // a hunt of 10,000 indicators is a document of ~250 KB: POST /api/hunt takes it; here the same GraphQL field directly
  MAX_BODY_BYTES: String(16 * 2 ** 20),
});
const base = createDb(config.clickhouse);
// which days are rolled up: what the server's upkeep loads at start
await loadLayerState(base);

/** Records the statements a request runs, with when each started and ended, to replay them directly. */
interface Statement {
  q: Sql;
  opts?: QueryOptions;
  start: number;
  end: number;
}
let recording: Statement[] | null = null;
const recorder = (d: Db): Db => ({
  ...d,
  scoped: (id, stats) => recorder(d.scoped(id, stats)),
  async query(q, opts) {
    const s: Statement = { q, opts, start: performance.now(), end: Infinity };
    recording?.push(s);
    try {
      return await d.query(q, opts);
    } finally {
      s.end = performance.now();
    }
  },
});

/** The statements in the rounds they were issued in: one's round follows the latest round that had ended before it started. */
function rounds(statements: Statement[]): Statement[][] {
  const round = new Map<Statement, number>();
  for (const s of [...statements].sort((a, b) => a.start - b.start))
    round.set(s, 1 + Math.max(-1, ...statements.filter((o) => round.has(o) && o.end <= s.start).map((o) => round.get(o)!)));
  const out: Statement[][] = [];
  for (const [s, r] of round) (out[r] ??= []).push(s);
  return out.filter(Boolean);
}
const app = createApp({ config, db: recorder(base), logger: createLogger('silent'), schema: buildSchema() });
const truth = JSON.parse(readFileSync(path.join(config.dataDir, 'ground-truth.json'), 'utf8'));

const logs = base.table('http_logs');
const ml = base.table('ml_detected_anomalies');
const week = sql`time >= now() - INTERVAL 7 DAY`;
const one = async <T>(q: Sql) => (await base.query<T>(q, { timeoutS: 600 }))[0]!;

// the subjects: an attacker IP, the botnet JA4, the largest AS and country, the attacked host, a scraper's User-Agent
const ip: string = truth.scenarios.credential_stuffing.ips[0];
const ja4: string = truth.botnet.ja4;
const host: string = truth.scenarios.credential_stuffing.hosts[0];
const { asn } = await one<{ asn: number }>(sql`SELECT src_asn AS asn FROM ${logs} WHERE ${week} GROUP BY src_asn ORDER BY count() DESC LIMIT 1`);
const { cc } = await one<{ cc: string }>(sql`SELECT toString(src_country_code) AS cc FROM ${logs} WHERE ${week} GROUP BY cc ORDER BY count() DESC LIMIT 1`);
const { ua } = await one<{ ua: string }>(
  sql`SELECT header_user_agent AS ua FROM ${logs} WHERE src_ip IN ${sql.typed(
    truth.scenarios.scraper.ips.map((x: string) => `::ffff:${x}`),
    'Array(IPv6)',
  )} AND ${week}
      GROUP BY ua ORDER BY count() DESC LIMIT 1`,
);
const ipv6 = sql.typed(`::ffff:${ip}`, 'IPv6');

interface Op {
  name: string;
  graphql: string;
  variables?: Record<string, unknown>;
  /** The same answer from the raw tables, by hand, as parallel statements. */
  raw: Sql[];
}

const OPS: Op[] = [
  {
    name: 'IP investigation',
    graphql: `{ ip(address: "${ip}") { hits detectionCount threatLevels { level count } asn { name } country { code } ja4s { totalCount } userAgents { totalCount } hosts { totalCount } timeline { hits } detections(first: 10) { totalCount } } }`,
    raw: [
      sql`SELECT count() AS hits, uniqExact(ja4) AS ja4s, uniqExact(header_user_agent) AS uas, uniqExact(host) AS hosts, any(src_asn_org) AS asn, any(src_country_code) AS cc,
                 groupArray((toStartOfInterval(time, INTERVAL 3 HOUR), 1)) AS _ FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}`,
      sql`SELECT threat_level, count() AS n FROM ${ml} WHERE src_ip = ${ipv6} AND detected_at >= now() - INTERVAL 7 DAY GROUP BY threat_level`,
      sql`SELECT toStartOfInterval(time, INTERVAL 3 HOUR) AS b, count() FROM ${logs} WHERE src_ip = ${ipv6} AND ${week} GROUP BY b`,
    ],
  },
  {
    name: 'JA4 pivot (botnet)',
    graphql: `{ ja4(fingerprint: "${ja4}") { uniqueIps countries(first: 30) { totalCount } asns(first: 30) { totalCount } ips(first: 100) { totalCount edges { node { address } } } } }`,
    raw: [
      sql`SELECT uniqExact(src_ip), uniqExact(src_country_code), uniqExact(src_asn) FROM ${logs} WHERE ja4 = ${ja4} AND ${week}`,
      sql`SELECT src_ip, count() AS n FROM ${logs} WHERE ja4 = ${ja4} AND ${week} GROUP BY src_ip ORDER BY n DESC LIMIT 100`,
    ],
  },
  {
    name: 'ASN pivot (largest AS)',
    graphql: `{ asn(number: ${asn}) { name hits ips(first: 50) { totalCount edges { hits node { address } } } ja4s { totalCount } } }`,
    raw: [
      sql`SELECT any(src_asn_org), count(), uniqExact(ja4), uniqExact(src_ip) FROM ${logs} WHERE src_asn = ${asn} AND ${week}`,
      sql`SELECT src_ip, count() AS n FROM ${logs} WHERE src_asn = ${asn} AND ${week} GROUP BY src_ip ORDER BY n DESC LIMIT 50`,
    ],
  },
  {
    name: 'host pivot (attacked host)',
    graphql: `{ host(name: "${host}") { hits uniqueIps ips(first: 50) { totalCount edges { hits node { address } } } countries { totalCount } ja4s { totalCount } } }`,
    raw: [
      sql`SELECT count(), uniqExact(src_ip), uniqExact(src_country_code), uniqExact(ja4) FROM ${logs} WHERE host = ${host} AND ${week}`,
      sql`SELECT src_ip, count() AS n FROM ${logs} WHERE host = ${host} AND ${week} GROUP BY src_ip ORDER BY n DESC LIMIT 50`,
    ],
  },
  {
    name: 'country pivot (largest country)',
    graphql: `{ country(code: "${cc}") { name hits uniqueIps asns(first: 20) { totalCount edges { node { number name } } } ja4s(first: 20) { totalCount } } }`,
    raw: [
      sql`SELECT count(), uniqExact(src_ip), uniqExact(ja4) FROM ${logs} WHERE src_country_code = ${cc} AND ${week}`,
      sql`SELECT src_asn, any(src_asn_org), count() AS n, uniqExact(src_asn) OVER () FROM ${logs} WHERE src_country_code = ${cc} AND ${week} GROUP BY src_asn ORDER BY n DESC LIMIT 20`,
    ],
  },
  {
    name: 'User-Agent pivot (scraper)',
    graphql: `query($ua: String!) { userAgent(value: $ua) { hits uniqueIps ips(first: 50) { totalCount edges { node { address } } } ja4s { totalCount } hosts { totalCount } } }`,
    raw: [
      sql`SELECT count(), uniqExact(src_ip), uniqExact(ja4), uniqExact(host) FROM ${logs} WHERE header_user_agent = ${ua} AND ${week}`,
      sql`SELECT src_ip, count() AS n FROM ${logs} WHERE header_user_agent = ${ua} AND ${week} GROUP BY src_ip ORDER BY n DESC LIMIT 50`,
    ],
  },
  {
    name: 'IP expand (neighbours + hidden)',
    graphql: `{ ip(address: "${ip}") { neighbors(first: 10) { type totalCount neighbors { weight hiddenNeighborCount } } } }`,
    raw: [
      sql`SELECT ja4, count() FROM ${logs} WHERE src_ip = ${ipv6} AND ${week} GROUP BY ja4`,
      sql`SELECT ja4, uniqExact(src_ip) + uniqExact(src_asn) + uniqExact(src_country_code) + uniqExact(host) + uniqExact(header_user_agent) FROM ${logs}
          WHERE ja4 IN (SELECT ja4 FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}) AND ${week} GROUP BY ja4`,
      sql`SELECT host, uniqExact(src_ip) + uniqExact(ja4) + uniqExact(src_asn) + uniqExact(src_country_code) FROM ${logs}
          WHERE host IN (SELECT host FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}) AND ${week} GROUP BY host`,
      sql`SELECT header_user_agent, uniqExact(src_ip) + uniqExact(ja4) + uniqExact(host) FROM ${logs}
          WHERE header_user_agent IN (SELECT header_user_agent FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}) AND ${week} GROUP BY header_user_agent`,
      sql`SELECT src_asn, uniqExact(src_ip) + uniqExact(ja4) + uniqExact(src_country_code) + uniqExact(host) FROM ${logs}
          WHERE src_asn IN (SELECT src_asn FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}) AND ${week} GROUP BY src_asn`,
      sql`SELECT src_country_code, uniqExact(src_ip) + uniqExact(ja4) + uniqExact(src_asn) FROM ${logs}
          WHERE src_country_code IN (SELECT src_country_code FROM ${logs} WHERE src_ip = ${ipv6} AND ${week}) AND ${week} GROUP BY src_country_code`,
    ],
  },
  {
    name: 'batched 4-level pivot',
    graphql: `{ detections(first: 50) { edges { node { ip { asn { ja4s(first: 5) { edges { node { ips(first: 5) { totalCount } } } } } } } } } }`,
    raw: [
      sql`WITH d AS (SELECT src_ip FROM ${ml} WHERE detected_at >= now() - INTERVAL 7 DAY ORDER BY detected_at DESC LIMIT 50),
               a AS (SELECT DISTINCT src_asn FROM ${logs} WHERE src_ip IN d AND ${week}),
               j AS (SELECT src_asn, ja4, count() AS c FROM ${logs} WHERE src_asn IN a AND ${week} GROUP BY src_asn, ja4 ORDER BY c DESC LIMIT 5 BY src_asn)
          SELECT ja4, uniqExact(src_ip) FROM ${logs} WHERE ja4 IN (SELECT ja4 FROM j) AND ${week} GROUP BY ja4`,
    ],
  },
  {
    name: 'detections page (50, 7 d)',
    graphql: `{ detections(first: 50) { totalCount edges { node { detectionId threatLevel anomalyScore ip { address } } } } }`,
    raw: [],
  },
  { name: 'quick search "OVH"', graphql: `{ search(query: "OVH") { key hits } }`, raw: [] },
  { name: 'clusters (cached)', graphql: `{ clusters { size profile } }`, raw: [] },
  {
    name: 'detections grouped by IP (50)',
    graphql: `{ detectionsByIp(first: 50, filter: {threatLevels: [CRITICAL, HIGH]}) { totalCount items { detections ip { address } } } }`,
    raw: [],
  },
  {
    name: 'risk + recommendation (1 IP)',
    graphql: `{ ip(address: "${ip}") { investigation { riskScore recommendation { label indicators { ja4SharedIps } } } } }`,
    raw: [],
  },
  { name: 'incidents (7 d)', graphql: `{ incidents(first: 50) { id uniqueIps detections } }`, raw: [] },
  { name: 'TCP spoofing summary', graphql: `{ tcpSpoofingSummary { spoofingIps ttlMss { ttl mss ips } } }`, raw: [] },
  { name: 'reputation, offline (1 IP)', graphql: `{ reputation(ip: "${ip}") { networkType asnNumber countryCode } }`, raw: [] },
];

/**
 * A mixed list of `total` indicators as a partner sends them: the layer's busiest keys of each kind
 * (addresses, /24s, JA4s, ASes, hosts, User-Agents), /20 ranges, and a tenth never seen.
 */
async function huntList(total: number): Promise<string> {
  const share = { IP: 0.55, SUBNET: 0.1, JA4: 0.08, ASN: 0.05, HOST: 0.05, USER_AGENT: 0.05 } as const;
  const lines: string[] = [];
  for (const [kind, part] of Object.entries(share)) {
    const rows = await base.query<{ key: string }>(
      sql`SELECT key FROM ${base.table('graph_nodes_1h')} WHERE source = 'traffic' AND kind = ${kind} AND hour >= now() - INTERVAL 30 DAY
          GROUP BY key ORDER BY sum(hits) DESC LIMIT ${Math.round(total * part)}`,
      { timeoutS: 600 },
    );
    lines.push(...rows.map((r) => (kind === 'ASN' ? `AS${r.key}` : kind === 'USER_AGENT' ? `"${r.key.replace(/"/g, '')}"` : r.key)));
  }
  const ranges = lines.filter((l) => /^\d+\.\d+\.\d+\.\d+$/.test(l)).slice(0, Math.round(total * 0.02));
  lines.push(...ranges.map((ip) => `${ip.split('.').slice(0, 2).join('.')}.${Number(ip.split('.')[2]) & 0xf0}.0/20`));
  for (let i = 0; lines.length < total; i++) lines.push(`198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`);
  return [...new Set(lines)].slice(0, total).join('\n');
}
const HUNT = `query($input: RetroHuntInput!, $window: TimeWindow) { retroHunt(input: $input, window: $window) { summary { indicators seen notSeen unreadable } matches(first: 100) { totalCount edges { node { value seen requests detections { total } verdict linkedCount } } } } }`;
const HUNT_NAMED = HUNT.replace('linkedCount', 'linkedCount linked { key }');
const [hunt100, hunt10k] =
  values.only && !'retro-hunt'.includes(values.only) && !values.only.includes('hunt') ? ['', ''] : [await huntList(100), await huntList(10_000)];
OPS.push(
  { name: 'retro-hunt, 100 mixed (30 d)', graphql: HUNT, variables: { input: { text: hunt100 }, window: { preset: 'LAST_30D' } }, raw: [] },
  // the Hunt page also names each match's busiest linked entities: those are read and ranked, not only counted
  { name: 'retro-hunt, 100, linked named', graphql: HUNT_NAMED, variables: { input: { text: hunt100 }, window: { preset: 'LAST_30D' } }, raw: [] },
  { name: 'retro-hunt, 10,000 mixed (7 d)', graphql: HUNT, variables: { input: { text: hunt10k }, window: { preset: 'LAST_7D' } }, raw: [] },
  { name: 'retro-hunt, 10,000 mixed (30 d)', graphql: HUNT, variables: { input: { text: hunt10k }, window: { preset: 'LAST_30D' } }, raw: [] },
);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function graphql(query: string, variables: Record<string, unknown> = { ua }): Promise<{ ms: number; ch: QueryStats }> {
  const t = performance.now();
  const payload = JSON.stringify({ query, variables });
  // with its length, as an HTTP client sends it (without, the body-size limit reads the stream to count it)
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) },
    body: payload,
  });
  const body = (await res.json()) as { errors?: unknown; extensions?: { clickhouse: QueryStats } };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { ms: performance.now() - t, ch: body.extensions!.clickhouse };
}

/** Runs statements at once in parallel; their time and summed ClickHouse work. */
async function direct(statements: { q: Sql; opts?: QueryOptions }[]) {
  return byRounds([statements]);
}

/** Runs rounds of statements one after another, each round's at once in parallel. */
async function byRounds(batches: { q: Sql; opts?: QueryOptions }[][]) {
  const stats = emptyStats();
  const db = base.scoped('bench', stats);
  const t = performance.now();
  for (const batch of batches) await Promise.all(batch.map((s) => db.query(s.q, { ...s.opts, timeoutS: 600 })));
  return { ms: performance.now() - t, stats };
}

interface Timed<T> {
  p50: number;
  p95: number;
  last: T;
}

/**
 * Runs the variants of one operation in turn, run after run (graphql, direct, graphql, …), so each
 * sees the machine as the other does: timed one after another, a drift of this shared 2-core
 * machine's speed between them read as GraphQL overhead or its absence.
 */
async function interleave<T extends { ms: number }>(variants: (() => Promise<T>)[]): Promise<Timed<T>[]> {
  // warms caches, and lets the engine's thread pools and the JIT settle: with one warm-up run the
  // first timed runs were the slowest, and a p95 of 10–20 runs is one of them
  for (let i = 0; i < 5; i++) for (const f of variants) await f();
  const times = variants.map(() => [] as number[]);
  const last: T[] = [];
  for (let i = 0; i < runs; i++)
    for (const [v, f] of variants.entries()) {
      last[v] = await f();
      times[v]!.push(last[v]!.ms);
    }
  return variants.map((_, v) => ({ p50: pct(times[v]!, 50), p95: pct(times[v]!, 95), last: last[v]! }));
}

const n = (x: number) => x.toLocaleString('en-US');
const f0 = (x: number) => x.toFixed(0);

async function latency() {
  console.log(`database: ${config.clickhouse.mode}, http_logs rows: ${n(truth.rows.http_logs)}, runs: ${runs}`);
  console.log(`subjects: IP ${ip}, JA4 ${ja4}, AS${asn}, country ${cc}, host ${host}, User-Agent "${ua.slice(0, 40)}…"\n`);
  const head = [
    'operation',
    'p50 ms',
    'p95 ms',
    'queries',
    'rows read',
    'direct p50',
    'overhead',
    'rounds',
    'by round',
    'overhead',
    'raw p50',
    'raw rows',
    'faster',
  ];
  const widths = [32, 7, 7, 8, 11, 11, 9, 7, 9, 9, 8, 12, 7];
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  line(head);
  for (const op of OPS.filter((o) => !values.only || o.name.includes(values.only))) {
    await graphql(op.graphql, op.variables); // what a warm request runs: caches filled (the clusters') are not replayed
    recording = [];
    await graphql(op.graphql, op.variables);
    const statements = recording as Statement[];
    recording = null;
    const staged = rounds(statements);
    const [g, dd, rd] = await interleave<{ ms: number; stats?: QueryStats; ch?: QueryStats }>([
      () => graphql(op.graphql, op.variables),
      ...(statements.length ? [() => direct(statements)] : []),
      ...(staged.length > 1 ? [() => byRounds(staged)] : []),
    ]);
    // the hand-written scans apart: between warm lookups they would evict what the lookups keep warm
    const raw = op.raw.map((q) => ({ q }));
    const [rr] = raw.length ? await interleave([() => direct(raw)]) : [];
    line([
      op.name,
      f0(g!.p50),
      f0(g!.p95),
      String(g!.last.ch!.queries),
      n(g!.last.ch!.rowsRead),
      dd ? f0(dd.p50) : '–',
      dd ? `${(g!.p50 / dd.p50).toFixed(2)}×` : '–',
      String(staged.length),
      rd ? f0(rd.p50) : '–',
      rd ? `${(g!.p50 / rd.p50).toFixed(2)}×` : '–',
      rr ? f0(rr.p50) : '–',
      rr ? n(rr.last.stats!.rowsRead) : '–',
      rr ? `${(rr.p50 / g!.p50).toFixed(1)}×` : '–',
    ]);
  }
  console.log(
    '\noverhead: GraphQL p50 / the same statements issued directly, all at once (direct) or in the rounds the resolvers issued them (by round, where there are several); faster: raw p50 / GraphQL p50',
  );
}

/**
 * One evaluation run of 1,000 watches on the busiest keys of the data's last day, every kind of rule,
 * over the data's last hour (what a run reads in production: the hours since the previous one). The
 * watches are written as if made two days before, under their own watermark scope, and removed after.
 */
async function benchAlerting() {
  const [{ newest }] = (await base.query<{ newest: string }>(
    sql`SELECT toString(max(hour)) AS newest FROM ${base.table('graph_nodes_1h')} WHERE source = 'traffic'`,
  )) as [{ newest: string }];
  const hour = new Date(`${newest.replace(' ', 'T')}Z`);
  const mix: [string, number, Rule[]][] = [
    [
      'JA4',
      200,
      [
        { kind: 'NEW_NEIGHBOURS', neighbour: 'IP', days: 30 },
        { kind: 'DETECTIONS', level: 'HIGH' },
      ],
    ],
    ['ASN', 100, [{ kind: 'NEW_NEIGHBOURS', neighbour: 'HOST', days: 30 }]],
    ['HOST', 100, [{ kind: 'VOLUME', requestsPerHour: 5000 }]],
    ['USER_AGENT', 100, [{ kind: 'DETECTIONS', level: 'MEDIUM' }]],
    ['SUBNET', 100, [{ kind: 'RETURNS_AFTER_SILENCE', days: 7 }]],
    [
      'IP',
      1000,
      [
        { kind: 'NEW_NEIGHBOURS', neighbour: 'JA4', days: 30 },
        { kind: 'VOLUME', requestsPerHour: 1000 },
      ],
    ],
  ];
  const repo = createWatchRepository(base);
  const made = new Date(hour.getTime() - 2 * 86_400_000).toISOString().replace('T', ' ').replace('Z', '');
  const rows: WatchRow[] = [];
  for (const [kind, count, rules] of mix) {
    const keys = await base.query<{ key: string }>(
      sql`SELECT key FROM ${base.table('graph_nodes_1h')} WHERE source = 'traffic' AND kind = ${kind} AND hour > ${hour} - INTERVAL 1 DAY
          GROUP BY key ORDER BY sum(hits) DESC LIMIT ${Math.min(count, 1000 - rows.length)}`,
    );
    for (const { key } of keys)
      rows.push({
        id: randomUUID(),
        version: 1,
        name: 'bench',
        target_type: kind,
        target: key,
        rules: JSON.stringify(rules),
        owner: 'bench',
        visibility: 'private',
        muted_until: '1970-01-01 00:00:00.000',
        created_at: made,
        updated_at: made,
        deleted: 0,
      });
  }
  const stamp = { actor: 'bench', role: 'admin', request_id: 'bench', client_ip: '', action: 'create_watch', details: 'bench' };
  await Promise.all(rows.map((r) => repo.insert(r, stamp, { base: 0, writeId: r.id })));
  const alerts = createAlertRepository(base);
  const times: number[] = [];
  let last: { statements: number; rows: number; raised: number; keys: number } | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      await alerts.setWatermark('bench', newest, new Date().toISOString().replace('T', ' ').replace('Z', ''));
      const stats = emptyStats();
      const t = performance.now();
      const r = await evaluateWatches(base.scoped('bench-alerting', stats), { now: new Date(hour.getTime() + 59 * 60_000), scope: 'bench' });
      times.push(performance.now() - t);
      last = { statements: r.statements, rows: stats.rowsRead, raised: last?.raised ?? r.raised.length, keys: r.keys };
    }
  } finally {
    await Promise.all(rows.map((r) => repo.insert({ ...r, version: 2, deleted: 1 }, { ...stamp, action: 'delete_watch' }, { base: 1, writeId: `${r.id}:d` })));
  }
  console.log(
    `\nalerting: ${n(rows.length)} watches (${n(last!.keys)} entities), one run over the data's last hour (${newest}): p50 ${f0(pct(times, 50))} ms, p95 ${f0(pct(times, 95))} ms, ${last!.statements} statements, ${n(last!.rows)} rows read; ${last!.raised} alerts raised by the first run`,
  );
}

/** The load clients: each sends the mix in turn until the time is up; back come (operation, ms) samples. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, mix, clients, seconds } = workerData;
const samples = [];
let errors = 0;
const failed = {};
const until = Date.now() + seconds * 1000;
Promise.all(Array.from({ length: clients }, async (_, c) => {
  for (let i = c; Date.now() < until; i++) {
    const [name, path, init] = mix[i % mix.length];
    const t = performance.now();
    const res = await fetch(url + path, init);
    await res.arrayBuffer();
    if (res.status !== 200 && res.status !== 201) { errors++; failed[name + ' ' + res.status] = (failed[name + ' ' + res.status] || 0) + 1; }
    samples.push([name, performance.now() - t]);
  }
})).then(() => parentPort.postMessage({ samples, errors, failed }));
`;

async function load(clients: number, seconds: number, soak = false) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const post = (query: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const mix: [string, string, RequestInit | null][] = [
    ['IP investigation', '/graphql', post(OPS[0]!.graphql)],
    ['JA4 pivot', '/graphql', post(OPS[1]!.graphql)],
    ['/api/detections', '/api/detections?page_size=50', null],
    ['/api/metrics', '/api/metrics', null],
  ];
  if (soak) {
    // the soak adds what holds memory and writes: a STIX and a MISP export of a saved investigation, and saves
    const ja4 = OPS[1]!.graphql.match(/fingerprint: "([^"]+)"/)?.[1];
    const saved = await app.request('/api/investigations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'soak', entities: [{ type: 'ja4', value: ja4 }] }),
    });
    const { id } = (await saved.json()) as { id: string };
    const save = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'soak save', entities: [{ type: 'ja4', value: ja4 }] }),
    };
    mix.push(
      ['export STIX', `/api/investigations/${id}/export?format=stix`, null],
      ['export MISP', `/api/investigations/${id}/export?format=misp`, null],
      ['save', '/api/investigations', save],
    );
  }
  // the clients run in a worker thread: in the server's event loop they would take its time
  const worker = new Worker(CLIENTS, { eval: true, workerData: { url, mix, clients, seconds } });
  const started = performance.now();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  // RSS every 30 s: flat after the warm-up is what a soak asks
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 30_000);
  const { samples, errors, failed } = await new Promise<{ samples: [string, number][]; errors: number; failed: Record<string, number> }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  clearInterval(sampler);
  if (soak) console.log(`RSS MB every 30 s: ${rss.map((b) => Math.round(b / 2 ** 20)).join(', ')}`);
  const times = samples.map(([, ms]) => ms);
  const byName = new Map<string, number[]>();
  for (const [name, ms] of samples)
    byName
      .set(name, byName.get(name) ?? [])
      .get(name)!
      .push(ms);
  const elapsed = (performance.now() - started) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  const cpu = process.cpuUsage(cpu0);
  server.close();
  console.log(`${clients} clients, ${seconds} s, mix: IP investigation, JA4 pivot, /api/detections, /api/metrics`);
  console.log(`requests: ${times.length} (${errors} not 200), ${(times.length / elapsed).toFixed(1)} requests/s`);
  if (errors) console.log(`WARNING: ${errors} answers were not 200/201 (${JSON.stringify(failed)}): the figures count refusals as answers`);
  console.log(`latency ms: p50 ${f0(pct(times, 50))}, p95 ${f0(pct(times, 95))}, p99 ${f0(pct(times, 99))}`);
  const perRequest = (us: number) => (us / 1000 / times.length).toFixed(1);
  console.log(
    `CPU per request: ${perRequest(cpu.user + cpu.system)} ms in all (engine, server, clients), of which ${perRequest(elu.active * 1000)} ms on the server's event loop (${(elu.utilization * 100).toFixed(0)} % busy)`,
  );
  for (const [name, xs] of byName)
    console.log(`  ${name.padEnd(18)} ${String(xs.length).padStart(5)} requests, p50 ${f0(pct(xs, 50))}, p95 ${f0(pct(xs, 95))}`);
}

/**
 * The cost model against measured work: for each root and costly field, the process's CPU time
 * (server, engine and the clustering thread: one process) per 1,000 units it was charged. Prices are
 * right when these stand within 5× of each other.
 */
async function calibrate() {
  const ips = (
    await base.query<{ ip: string }>(sql`SELECT DISTINCT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip FROM ${logs} WHERE ${week} LIMIT 1000`)
  ).map((r) => r.ip);
  const refs = (n: number) =>
    ips
      .slice(0, n)
      .map((ip) => `{ type: IP, value: "${ip}" }`)
      .join(', ');
  let windowShift = 0;
  const cases: [string, () => string][] = [
    ...OPS.filter((o) => !o.name.startsWith('clusters')).map((o) => [o.name, () => o.graphql] as [string, () => string]),
    [
      'clusters (new window)',
      () => {
        // a window not computed yet, every run (windows snap to whole hours): what an attacker choosing windows costs
        const end = Date.now() - 86_400_000 - windowShift++ * 3_600_000;
        return `{ clusters(window: { since: "${new Date(end - 3 * 86_400_000).toISOString()}", until: "${new Date(end).toISOString()}" }) { size profile } }`;
      },
    ],
    ['clusters (cached)', () => `{ clusters { size profile } }`],
    [
      `_entities (${ips.length} IPs)`,
      () => `{ _entities(representations: [${ips.map((ip) => `{ __typename: "IP", key: "${ip}" }`).join(', ')}]) { ... on IP { address hits } } }`,
    ],
    [`entities (200 IPs)`, () => `{ entities(refs: [${refs(200)}]) { ... on IP { hits } } }`],
    [`exportEntities STIX (${ips.length} IPs)`, () => `{ exportEntities(format: STIX, entities: [${refs(1000)}]) { filename } }`],
    [`exportEntities MISP (${ips.length} IPs)`, () => `{ exportEntities(format: MISP, entities: [${refs(1000)}]) { filename } }`],
    [
      'connections (IP ↔ JA4)',
      () => `{ connections(a: { type: IP, value: "${ip}" }, b: { type: JA4, value: "${ja4}" }) { paths { hops weight } common { __typename } } }`,
    ],
  ];
  const calib = createApp({
    config: { ...config, limits: { ...config.limits, maxTokens: 1e6, maxDocumentChars: 1e7, maxBodyBytes: 64 * 2 ** 20, maxCost: 1e9 } },
    db: base,
    logger: createLogger('silent'),
    schema: buildSchema(),
  });
  const rows: { name: string; cost: number; cpu: number; wall: number; per1000: number }[] = [];
  for (const [name, doc] of cases) {
    const cpus: number[] = [];
    const walls: number[] = [];
    let cost = 0;
    for (let i = 0; i < 6; i++) {
      const query = doc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await calib.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { ua } }),
      });
      const body = (await res.json()) as { errors?: unknown; extensions?: { cost: { requested: number } } };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      const c = process.cpuUsage(c0);
      if (i === 0) continue; // warm-up
      cpus.push((c.user + c.system) / 1000);
      walls.push(performance.now() - t0);
      cost = body.extensions!.cost.requested;
    }
    const cpu = pct(cpus, 50);
    rows.push({ name, cost, cpu, wall: pct(walls, 50), per1000: (cpu / cost) * 1000 });
  }
  const priced = rows.filter((r) => !r.name.includes('(cached)'));
  const lo = Math.min(...priced.map((r) => r.per1000));
  const hi = Math.max(...priced.map((r) => r.per1000));
  console.log('| operation | cost | CPU ms (p50) | wall ms (p50) | CPU ms per 1,000 units |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${n(r.cost)} | ${f0(r.cpu)} | ${f0(r.wall)} | ${r.per1000.toFixed(1)} |`);
  console.log(`\nspread (highest ÷ lowest per 1,000 units, cached reads left out): ${(hi / lo).toFixed(1)}× (target ≤ 5×)`);

  // a bystander while 40 callers ask for 40 new clustering windows at once
  const ask = (query: string) =>
    calib.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const typename = async () => {
    const t = performance.now();
    await (await ask('{ __typename }')).arrayBuffer();
    return performance.now() - t;
  };
  const quiet: number[] = [];
  for (let i = 0; i < 20; i++) {
    quiet.push(await typename());
    await new Promise((r) => setTimeout(r, 5));
  }
  const storm = Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const end = Date.now() - 20 * 86_400_000 - i * 3_600_000;
      const res = await ask(
        `{ clusters(window: { since: "${new Date(end - 3 * 86_400_000).toISOString()}", until: "${new Date(end).toISOString()}" }) { size } }`,
      );
      return ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'OK';
    }),
  );
  const busy: number[] = [];
  let done = false;
  void storm.then(() => (done = true));
  // paced as a client on a socket would be (in-process, a request that reads nothing never yields to the event loop)
  while (!done) {
    busy.push(await typename());
    await new Promise((r) => setTimeout(r, 5));
  }
  const outcomes = (await storm).reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});
  console.log(
    `bystander { __typename }: p50 ${pct(quiet, 50).toFixed(1)} ms alone, p50 ${pct(busy, 50).toFixed(1)} / p95 ${pct(busy, 95).toFixed(1)} ms while 40 new clustering windows were asked (${JSON.stringify(outcomes)})`,
  );
}

if (values.calibrate) {
  // every request here is in-process: while the engine's calls and the clustering thread work, nothing
  // else would hold the event loop open
  const hold = setInterval(() => {}, 1000);
  await calibrate();
  clearInterval(hold);
} else if (values.soak) await load(Number(values.concurrency ?? 16), values.duration === '30' ? 600 : Number(values.duration), true);
else if (values.concurrency) await load(Number(values.concurrency), Number(values.duration));
else {
  await latency();
  if (!values.only || 'alerting'.includes(values.only)) await benchAlerting();
}
await base.close();
