// npm run bench:ingest [-- --rows 200000] [-- --batches 1000,10000,100000] [-- --repeats 3] [-- --views]
//
// The write path, as a pipeline drives it: time-ordered batches inserted into http_logs and
// ml_detected_anomalies, one after another, in a scratch embedded database filled from the demo
// generator. For each batch size, side by side in one run (the configurations take turns, so all
// see the machine alike):
//   none      no materialized view on the raw tables (the tables' own projections only);
//   pipeline  the pipeline's own aggregates (migrations 003–005);
//   layer     the pipeline's aggregates and the graph layer, live (expanded on every insert);
//   … ∥       the same, each insert with parallel_view_processing = 1 (its views run side by side);
//   deferred  the pipeline's aggregates and the graph layer in deferred mode: each insert copies the
//             columns the layer reads, and a drain (measured apart, then added) counts them into the
//             layer, once per table here: all of a table's rows in one drain, as a 10 s interval does
//             at a busy pipeline's rate.
// The rows/s a pipeline gets from its inserts (wall time: an insert runs on one thread, and
// background merges are stopped), and seconds per 100,000 rows, median of the repeats; the drain's
// CPU seconds (it runs beside the pipeline, on the other core) are added in deferred+drain. The
// layer's own cost is layer − pipeline.
// With --views: the marginal cost of each graph-layer view, attached alone on top of the pipeline.
// With --freshness [--rate R] [--seconds S]: a pipeline writing 10,000-row batches at R rows/s in
// deferred mode while the drain runs every LAYER_DRAIN_INTERVAL_S; how far the layer trails it.
// With --install [--scale N]: the demo's history written without the layer, then the layer installed
// over it (npm run layer -- install's code): time and peak RSS per chunk, and in all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { createDb } from '../server/db/client.js';
import { migrate } from '../server/db/migrate.js';
import { sql } from '../server/db/sql.js';
import { generateDemo } from '../server/demo/generate.js';
import { createDeferredRepository } from '../server/graph/layer/deferred.repository.js';
import { drainPending, pendingState } from '../server/graph/layer/deferred.js';
import { installLayer } from '../server/graph/layer/install.js';
import { createLayerRepository } from '../server/graph/layer/layer.repository.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    batches: { type: 'string', default: '1000,10000,100000' },
    repeats: { type: 'string', default: '3' },
    scale: { type: 'string', default: '0.5' },
    views: { type: 'boolean', default: false },
    freshness: { type: 'boolean', default: false },
    rate: { type: 'string', default: '50000' },
    seconds: { type: 'string', default: '60' },
    install: { type: 'boolean', default: false },
    /** With --install --keep DIR: the history is there already (a stopped run); install the layer over it. */
    resume: { type: 'boolean', default: false },
    keep: { type: 'string' },
  },
});
const rows = Number(values.rows);
const batches = values.batches.split(',').map(Number);
const repeats = Number(values.repeats);

const dir = values.keep ?? mkdtempSync(path.join(tmpdir(), 'ja4graph-ingest-'));
const config = loadConfig({ ...process.env, DATA_DIR: dir, CLICKHOUSE_HOST: '', LOG_LEVEL: 'silent' });
const db = createDb(config.clickhouse);

const RAW = [
  { table: 'http_logs', src: 'bench_src_logs', time: 'time' },
  { table: 'ml_detected_anomalies', src: 'bench_src_ml', time: 'detected_at' },
] as const;
type Raw = (typeof RAW)[number];

async function prepare() {
  console.log(`scratch database in ${dir}`);
  await migrate(db);
  const t0 = performance.now();
  await generateDemo(db, { ...config.demo, scale: Number(values.scale), reset: true, dataDir: dir });
  console.log(`demo data generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const r of RAW) {
    const src = sql.identifier(`${db.database}.${r.src}`);
    await db.command(sql`DROP TABLE IF EXISTS ${src}`);
    await db.command(
      sql`CREATE TABLE ${src} ENGINE = MergeTree ORDER BY seq AS
          SELECT toUInt64(row_number() OVER (ORDER BY ${sql.identifier(r.time)}) - 1) AS seq, * FROM ${db.table(r.table)}`,
    );
    // the demo holds few detections: copies of them (a second apart, each with its own User-Agent, so
    // each is its own request tuple as a detection is), so every table is measured on `rows` time-ordered rows
    const [{ n }] = (await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${src}`)) as [{ n: number }];
    if (Number(n) < rows) {
      const time = sql.identifier(r.time);
      for (let k = 1; k * Number(n) < rows; k++) {
        await db.command(
          sql`INSERT INTO ${src} SELECT seq + ${k * Number(n)} AS seq, * EXCEPT (seq) REPLACE (${time} + toIntervalSecond(${k}) AS ${time}, concat(header_user_agent, ${` #${k}`}) AS header_user_agent)
              FROM (SELECT * FROM ${src} WHERE seq < ${Number(n)})`,
        );
      }
      const sorted = sql.identifier(`${db.database}.${r.src}_sorted`);
      await db.command(sql`DROP TABLE IF EXISTS ${sorted}`);
      await db.command(
        sql`CREATE TABLE ${sorted} ENGINE = MergeTree ORDER BY seq AS SELECT toUInt64(row_number() OVER (ORDER BY ${time}, seq) - 1) AS seq, * EXCEPT (seq) FROM ${src}`,
      );
      await db.command(sql`DROP TABLE ${src}`);
      await db.command(sql`RENAME TABLE ${sorted} TO ${src}`);
    }
  }
}

interface View {
  database: string;
  name: string;
}
async function views(): Promise<View[]> {
  return db.query<View>(
    sql`SELECT database, name FROM system.tables WHERE engine = 'MaterializedView' AND database IN ${[db.database, db.logsDatabase]}
        AND name NOT LIKE '%investigation%' ORDER BY name`,
  );
}
const isLayer = (v: View) => v.name.startsWith('mv_graph_');
const attached = new Set<string>();
const id = (v: View) => sql.identifier(`${v.database}.${v.name}`);

async function only(all: View[], keep: (v: View) => boolean) {
  for (const v of all) {
    const name = `${v.database}.${v.name}`;
    if (keep(v) && !attached.has(name)) {
      await db.command(sql`ATTACH TABLE ${id(v)}`);
      attached.add(name);
    } else if (!keep(v) && attached.has(name)) {
      await db.command(sql`DETACH TABLE ${id(v)}`);
      attached.delete(name);
    }
  }
}

const DERIVED = ['agg_host_ip_ja4_1h', 'agg_ip_features_1h', 'agg_header_fingerprint_1h', 'graph_links_1h', 'graph_nodes_1h'];
async function empty() {
  for (const t of [
    'http_logs',
    'ml_detected_anomalies',
    'ml_all_scores',
    ...DERIVED,
    'graph_links_1d',
    'graph_degrees_1d',
    'graph_keys_1d',
    'graph_nodes_1d',
    'graph_asn_names',
    'graph_rows_pending',
    'graph_layer_progress',
  ])
    await db.command(sql`TRUNCATE TABLE IF EXISTS ${db.table(t as 'http_logs')}`);
}

/** Deferred mode on the bench's scratch data (past days): every hour deferred, or none. */
const deferAll = (on: boolean) => createDeferredRepository(db).applyBoundaries(on ? [new Date(0)] : []);
const drainOpts = { batchRows: config.layer.drainBatchRows, maxMemoryBytes: config.layer.maxMemoryBytes };
/** The drain's CPU seconds (it runs in the server beside the pipeline; its lock's settling wait is no work). */
async function drainCpu(): Promise<number> {
  const cpu = process.cpuUsage();
  await drainPending(db, drainOpts);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

/** Seconds the pipeline waits for its inserts, one after another (with `parallel`, each insert's views run on several threads). */
async function insertAll(r: Raw, batch: number, total: number, parallel = false): Promise<number> {
  const src = sql.identifier(`${db.database}.${r.src}`);
  const started = performance.now();
  for (let a = 0; a < total; a += batch) {
    await db.command(sql`INSERT INTO ${db.table(r.table)} SELECT * EXCEPT seq FROM ${src} WHERE seq >= ${a} AND seq < ${Math.min(a + batch, total)}`, {
      settings: {
        max_insert_threads: '1',
        min_insert_block_size_rows: String(batch),
        max_block_size: String(batch),
        ...(parallel ? { parallel_view_processing: 1 } : {}),
      },
    });
  }
  return (performance.now() - started) / 1000;
}

/** A configuration whose inserts carry `parallel_view_processing = 1` (the pipeline user's profile setting). */
const PARALLEL = ' ∥';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(configs: Record<string, (v: View) => boolean>, all: View[]) {
  const counts = Object.fromEntries(
    await Promise.all(
      RAW.map(async (r) => [
        r.table,
        Math.min(rows, (await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${sql.identifier(`${db.database}.${r.src}`)}`))[0]!.n),
      ]),
    ),
  ) as Record<Raw['table'], number>;
  const results: { batch: number; config: string; table: string; s: number; n: number }[] = [];
  let deferred = false;
  for (const batch of batches) {
    for (let rep = 0; rep < repeats; rep++) {
      for (const [name, keep] of Object.entries(configs)) {
        await empty();
        if (deferred !== name.startsWith('deferred')) {
          // a view is altered attached
          await only(all, () => true);
          await deferAll((deferred = name.startsWith('deferred')));
        }
        await only(all, keep);
        for (const r of RAW) {
          const n = counts[r.table];
          const s = await insertAll(r, Math.min(batch, n), n, name.endsWith(PARALLEL));
          results.push({ batch, config: name, table: r.table, s, n });
          if (deferred) results.push({ batch, config: `${name}+drain`, table: r.table, s: s + (await drainCpu()), n });
        }
      }
    }
  }
  await only(all, () => true);
  if (deferred) await deferAll(false);
  return { results, counts };
}

function report(results: { batch: number; config: string; table: string; s: number; n: number }[], configs: string[]) {
  for (const table of RAW.map((r) => r.table)) {
    console.log(`\n${table}: rows/s of the pipeline's inserts (s per 100,000 rows), median of ${repeats}`);
    console.log(['batch', ...configs].join('\t'));
    for (const batch of batches) {
      const cells = configs.map((c) => {
        const xs = results.filter((x) => x.batch === batch && x.config === c && x.table === table);
        const s = median(xs.map((x) => x.s));
        const n = xs[0]!.n;
        return `${Math.round(n / s).toLocaleString('en')} (${((s / n) * 100_000).toFixed(2)})`;
      });
      console.log([batch.toLocaleString('en'), ...cells].join('\t'));
    }
  }
}

async function install() {
  console.log(`scratch database in ${dir}, scale ${values.scale}`);
  let t0 = performance.now();
  if (!values.resume) {
    await migrate(db);
    for (const v of ['mv_graph_tuples_traffic', 'mv_graph_tuples_detections'])
      await db.command(sql`DROP VIEW IF EXISTS ${sql.identifier(`${db.database}.${v}`)}`);
    await generateDemo(db, { ...config.demo, scale: Number(values.scale), reset: true, dataDir: dir });
    console.log(`history written in ${((performance.now() - t0) / 1000).toFixed(1)} s, without the layer`);
    await db.command(sql`ALTER TABLE ${db.table('schema_migrations')} DELETE WHERE version = 12`, { settings: { mutations_sync: '2' } });
  }
  // the clock two hours on: the cutoff's own day need not wait for its last rows (none are coming)
  const later = () => new Date(Date.now() + 2 * 3_600_000);
  await migrate(db, () => {}, { now: () => new Date(), cutoffMarginS: 0 });
  const rss0 = process.memoryUsage().rss;
  t0 = performance.now();
  const result = await installLayer(db, { ...config.layer, now: later });
  const seconds = (performance.now() - t0) / 1000;
  const chunks = (await createLayerRepository(db).progress('')).filter((p) => p.source === 'traffic' || p.source === 'detections');
  const per = chunks.map((c) => ({ s: Number(c.seconds), rss: Number(c.peak_bytes), rows: Number(c.raw_rows) }));
  const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
  console.log(`installed ${result.rows.toLocaleString('en')} rows in ${result.chunks} chunks, ${seconds.toFixed(1)} s`);
  console.log(`RSS before ${mb(rss0)}; peak per chunk: max ${mb(Math.max(...per.map((p) => p.rss)))}, median ${mb(median(per.map((p) => p.rss)))}`);
  console.log(
    `per chunk: rows max ${Math.max(...per.map((p) => p.rows)).toLocaleString('en')}, seconds max ${Math.max(...per.map((p) => p.s)).toFixed(2)} median ${median(per.map((p) => p.s)).toFixed(2)}`,
  );
}

/** A pipeline at a steady rate in deferred mode, the drain on its interval: the layer's lag behind it. */
async function freshness() {
  if (!values.keep || !(await db.query<{ n: number }>(sql`SELECT count() AS n FROM system.tables WHERE name = 'bench_src_logs'`))[0]?.n) await prepare();
  await empty();
  await deferAll(true);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const interval = config.layer.drainIntervalS * 1000;
  const batch = 10_000;
  const src = sql.identifier(`${db.database}.bench_src_logs`);
  const [{ n: total }] = (await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${src}`)) as [{ n: number }];
  const drains: { lagS: number; rows: number; s: number }[] = [];
  let stop = false;
  const drainer = (async () => {
    while (!stop) {
      await new Promise((r) => setTimeout(r, interval));
      const lagS = (await pendingState(db)).lagS;
      const t = performance.now();
      const r = await drainPending(db, drainOpts);
      drains.push({ lagS, rows: r.rows, s: (performance.now() - t) / 1000 });
    }
  })();
  const t0 = performance.now();
  let written = 0;
  while (performance.now() - t0 < seconds * 1000) {
    const a = written % Math.max(batch, total - batch);
    await db.command(sql`INSERT INTO ${db.table('http_logs')} SELECT * EXCEPT seq FROM ${src} WHERE seq >= ${a} AND seq < ${a + batch}`, {
      settings: { max_insert_threads: '1', min_insert_block_size_rows: String(batch), max_block_size: String(batch) },
    });
    written += batch;
    const ahead = (written / rate) * 1000 - (performance.now() - t0);
    if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
  }
  const wroteS = (performance.now() - t0) / 1000;
  stop = true;
  await drainer;
  await deferAll(false);
  const max = (xs: number[]) => Math.max(0, ...xs);
  console.log(
    `wrote ${written.toLocaleString('en')} rows in ${wroteS.toFixed(1)} s (${Math.round(written / wroteS).toLocaleString('en')} rows/s), drain every ${interval / 1000} s`,
  );
  console.log(
    `drains: ${drains.length}; rows per drain max ${max(drains.map((d) => d.rows)).toLocaleString('en')}; drain time max ${max(drains.map((d) => d.s)).toFixed(2)} s`,
  );
  console.log(
    `lag of the oldest waiting row before each drain: max ${max(drains.map((d) => d.lagS)).toFixed(1)} s; with its drain: max ${max(drains.map((d) => d.lagS + d.s)).toFixed(1)} s`,
  );
}

try {
  if (values.freshness) await freshness();
  else if (values.install) await install();
  else await rates();
} finally {
  await db.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

async function rates() {
  // background merges of one configuration's parts would run into the next one's measurement:
  // the figures are the inserts' own work (merges cost the same per byte whatever wrote the parts)
  await db.command(sql`SYSTEM STOP MERGES`);
  if (!values.keep || !(await db.query<{ n: number }>(sql`SELECT count() AS n FROM system.tables WHERE name = 'bench_src_logs'`))[0]?.n) await prepare();
  const all = await views();
  for (const v of all) attached.add(`${v.database}.${v.name}`);
  if (values.views) {
    const layer = all.filter(isLayer);
    const configs: Record<string, (v: View) => boolean> = { pipeline: (v) => !isLayer(v) };
    // a chained view fires only when the view that feeds it does: each is measured with its feeders
    const tuples = ['mv_graph_tuples_traffic', 'mv_graph_tuples_detections'];
    const feeders: Record<string, string[]> = {
      mv_graph_links: tuples,
      mv_graph_nodes: tuples,
      mv_graph_asn_names: tuples,
    };
    configs['tuples only'] = (v) => !isLayer(v) || tuples.includes(v.name);
    for (const v of layer.filter((x) => !tuples.includes(x.name))) {
      const with_ = new Set([v.name, ...(feeders[v.name] ?? [])]);
      configs[`+${v.name.replace('mv_graph_', '')}`] = (x) => !isLayer(x) || with_.has(x.name);
    }
    configs.layer = () => true;
    const { results } = await measure(configs, all);
    report(results, Object.keys(configs));
  } else {
    const pipeline = (v: View) => !isLayer(v);
    const configs = {
      none: () => false,
      pipeline,
      layer: () => true,
      [`pipeline${PARALLEL}`]: pipeline,
      [`layer${PARALLEL}`]: () => true,
      deferred: () => true,
    };
    const { results } = await measure(configs, all);
    report(results, [...Object.keys(configs), 'deferred+drain']);
    console.log(
      '\nthe layer’s own cost per 100,000 rows = layer − pipeline; the pipeline views’ own = pipeline − none;' +
        '\n∥: each insert with parallel_view_processing = 1 (its views on several threads)' +
        '\ndeferred: the inserts alone; deferred+drain: with the CPU of the drain that counts their rows into the layer',
    );
  }
  await only(all, () => true);
  await db.command(sql`SYSTEM START MERGES`);
}
