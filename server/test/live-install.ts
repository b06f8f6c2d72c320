// A pipeline that keeps writing while the graph layer is installed, in a process of its own (libchdb
// binds one data directory per process, and the test kills this process mid-install):
//   tsx server/test/live-install.ts prepare   history without a layer; the layer's migration pending
//   tsx server/test/live-install.ts install   writes traffic and detections continuously while the install runs
//   tsx server/test/live-install.ts deferred  the same, switching the layer to deferred mode meanwhile and draining it
//   tsx server/test/live-install.ts drain     drains what waits (after a killed run)
//   tsx server/test/live-install.ts verify    compares the layer with the raw rows; prints JSON
// The clock is simulated (SIM_T0 + elapsed × SIM_SPEED) and shared by every run through the environment,
// so the cutoff, an hour ahead at most, comes within seconds.
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { sql } from '../db/sql.js';
import { generateDemo } from '../demo/generate.js';
import { keyOut, type Dim, type Source } from '../graph/columns.sql.js';
import { LAYER_PAIRS_OF } from '../graph/columns.sql.js';
import { drainPending, setLayerMode } from '../graph/layer/deferred.js';
import { installLayer } from '../graph/layer/install.js';
import { createLayerRepository, LAYER_SOURCES } from '../graph/layer/layer.repository.js';

const mode = process.argv[2];
const SPEED = Number(process.env.SIM_SPEED ?? 600);
const T0 = Number(process.env.SIM_T0 ?? Date.now());
const R0 = Number(process.env.SIM_R0 ?? Date.now());
const now = () => new Date(T0 + (Date.now() - R0) * SPEED);
const config = loadConfig({ DATA_DIR: process.env.LIVE_DIR, LOG_LEVEL: 'silent' });
const db = createDb(config.clickhouse);
const say = (o: object) => console.log(JSON.stringify(o));

const GRACE_S = 120;
/** Set by the tests that kill this process on a line it prints: the pipeline is quiet while they do. */
const QUIET_MS = Number(process.env.KILL_QUIET_MS ?? 0);

async function prepare() {
  await migrate(db);
  // the history a pipeline wrote before the layer existed: no layer views while it is written
  for (const v of ['mv_graph_tuples_traffic', 'mv_graph_tuples_detections'])
    await db.command(sql`DROP VIEW IF EXISTS ${sql.identifier(`${db.database}.${v}`)}`);
  await generateDemo(db, { seed: 7, scale: 0.05, days: 7, dataDir: process.env.LIVE_DIR!, reset: true });
  await db.command(sql`ALTER TABLE ${db.table('schema_migrations')} DELETE WHERE version = 12`, { settings: { mutations_sync: '2' } });
  const applied = await migrate(db, () => {}, { now, cutoffMarginS: 300 });
  say({ applied: applied.applied, cutoff: (await createLayerRepository(db).cutoff())?.toISOString() });
}

/** Rows copied from the history with new times: at the simulated now, and now and then for an old hour (late rows). */
function writer(db: Db, lateUntil: () => boolean, lateHours = [30]) {
  let stop = false;
  let batches = 0;
  let held: Promise<void> | null = null;
  let holds = 0;
  let release = () => {};
  let batch: Promise<void> = Promise.resolve();
  const at = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
  const loop = (async () => {
    while (!stop) {
      if (held) await held;
      let done = () => {};
      batch = new Promise((r) => (done = r));
      const t = now();
      const late = lateUntil() && batches % 4 === 3 ? new Date(t.getTime() - lateHours[(batches >> 2) % lateHours.length]! * 3_600_000) : null;
      const time = at(late ?? t);
      await db.command(
        // the filter in a subquery: in the same SELECT, `time` in WHERE would be the replaced time (an alias wins)
        sql`INSERT INTO ${db.table('http_logs')} SELECT * REPLACE (toDateTime64(${time}, 3) + toIntervalMillisecond(rand() % 50000) AS time)
            FROM (SELECT * FROM ${db.table('http_logs')} WHERE time < toDateTime64(${at(new Date(R0 - 86_400_000))}, 3) LIMIT ${late ? 5 : 200} OFFSET ${(batches * 211) % 20000})`,
        // as the deployment's profile has it (deploy/clickhouse): every view of the insert side by side
        { settings: { parallel_view_processing: 1 } },
      );
      await db.command(
        sql`INSERT INTO ${db.table('ml_detected_anomalies')} SELECT * REPLACE (toDateTime(${time.slice(0, 19)}) + toIntervalSecond(rand() % 50) AS detected_at)
            FROM (SELECT * FROM ${db.table('ml_detected_anomalies')} WHERE detected_at < toDateTime(${at(new Date(R0 - 86_400_000)).slice(0, 19)}) LIMIT ${late ? 1 : 10} OFFSET ${(batches * 7) % 500})`,
      );
      batches++;
      done();
      await new Promise((r) => setTimeout(r, 30));
    }
  })();
  return {
    /**
     * Waits for the batch being written, and holds the next one for `ms`: a test kills this process
     * in that window, so the kill never tears a pipeline insert (the engine is in this process: a
     * kill mid-insert would leave raw rows whose views never ran, which no real pipeline insert that
     * ClickHouse acknowledged can).
     */
    quiet: async (ms: number, then: () => void) => {
      if (holds++ === 0) held = new Promise((r) => (release = r));
      await batch;
      then();
      await new Promise((r) => setTimeout(r, ms));
      if (--holds === 0) {
        held = null;
        release();
      }
    },
    stop: async () => {
      stop = true;
      await loop;
      return batches;
    },
  };
}

async function install() {
  let verifying = false;
  const w = writer(db, () => !verifying, (process.env.LATE_HOURS ?? '30').split(',').map(Number));
  let done = 0;
  const result = await installLayer(db, {
    ...config.layer,
    lateGraceS: GRACE_S,
    now,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(1, ms / SPEED))),
    onProgress: (p) => {
      if (p.state === 'verifying') verifying = true;
      if (p.chunksDone !== done) {
        done = p.chunksDone;
        const line = { chunksDone: p.chunksDone, chunksTotal: p.chunksTotal };
        if (QUIET_MS) void w.quiet(QUIET_MS, () => say(line));
        else say(line);
      }
    },
  });
  // the pipeline goes on after the install: these rows are the views' alone
  await new Promise((r) => setTimeout(r, 500));
  const batches = await w.stop();
  say({ result, batches });
}

/**
 * The install and the pipeline as above, while the layer switches to deferred mode: hours from the
 * boundary on are counted by drains (each replay announced, so a test can kill the process right
 * after one, before it is marked done). Late rows land on both sides of the boundary.
 */
async function deferred() {
  let verifying = false;
  const w = writer(db, () => !verifying, [30, 1.5]);
  // the margin covers the views' DDL, a second or two here: 30 minutes on the simulated clock
  const change = await setLayerMode(db, 'deferred', { now: now(), marginS: 1800 });
  say({ deferredFrom: change.from.toISOString() });
  const drainOpts = {
    batchRows: 3000,
    maxMemoryBytes: config.layer.maxMemoryBytes,
    // a window for the test's kill between the replay and its record
    onReplayed: (r: { after: number; upTo: number; rows: number }) => w.quiet(QUIET_MS, () => say({ replayed: r })),
  };
  let drained = 0;
  const installing = installLayer(db, {
    ...config.layer,
    lateGraceS: GRACE_S,
    now,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(1, ms / SPEED))),
    onProgress: (p) => void (p.state === 'verifying' && (verifying = true)),
  });
  let installed = false;
  void installing.then(
    () => (installed = true),
    () => (installed = true),
  );
  while (!installed || now().getTime() < change.from.getTime() + 3 * 3_600_000) {
    drained += (await drainPending(db, drainOpts)).rows;
    await new Promise((r) => setTimeout(r, 200));
  }
  const result = await installing;
  const batches = await w.stop();
  drained += (await drainPending(db, drainOpts)).rows;
  say({ result, batches, drained });
}

async function drainAll() {
  const r = await drainPending(db, { batchRows: 3000, maxMemoryBytes: config.layer.maxMemoryBytes });
  say({ drained: r.rows, batches: r.batches });
}

const KINDS: Record<Source, Dim[]> = {
  logs: ['IP', 'JA4', 'HOST', 'USER_AGENT', 'ASN', 'COUNTRY', 'SUBNET'],
  ml: ['IP', 'JA4', 'HOST', 'USER_AGENT', 'ASN', 'COUNTRY', 'SUBNET', 'CAMPAIGN'],
};
const NAME: Record<Source, string> = { logs: 'traffic', ml: 'detections' };
const RAW = (s: Source) =>
  s === 'logs'
    ? { table: db.table('http_logs'), time: sql`time`, hits: sql`count()` }
    : { table: db.table('ml_detected_anomalies'), time: sql`detected_at`, hits: sql`sum(hits)` };

/** Every hour's rows, and for sample keys of every kind their nodes and links hour by hour, against the raw rows. */
async function verify() {
  const repo = createLayerRepository(db);
  const out = {
    hours: 0,
    hourMismatches: [] as unknown[],
    nodes: 0,
    nodeMismatches: [] as unknown[],
    links: 0,
    linkMismatches: [] as unknown[],
    progress: await repo.progress(''),
  };
  for (const src of LAYER_SOURCES)
    for (const h of await repo.hourly(src, new Date(0), new Date(Date.now() + 400 * 86_400_000))) {
      out.hours++;
      if (Number(h.raw) !== Number(h.layer)) out.hourMismatches.push({ src, ...h });
    }
  for (const source of ['logs', 'ml'] as const) {
    const raw = RAW(source);
    for (const kind of KINDS[source]) {
      const k = keyOut(kind, source);
      // the busiest keys and a few quiet ones
      const keys = (
        await db.query<{ key: string }>(
          sql`SELECT key FROM (SELECT ${k} AS key, count() AS n FROM ${raw.table} GROUP BY key HAVING key NOT IN ('', '0') ORDER BY n DESC, key)
              WHERE rowNumberInAllBlocks() < 3 OR rowNumberInAllBlocks() % 37 = 0 LIMIT 6`,
        )
      ).map((r) => r.key);
      const cmp = await db.query<{ key: string; hour: string; a: string; b: string }>(
        sql`SELECT key, hour, a, b FROM (
              SELECT ${k} AS key, toStartOfHour(${raw.time}) AS hour,
                     toString((${raw.hits}, count(), ${kind === 'IP' ? sql`toUInt64(1)` : sql`uniqExact(src_ip)`}, toDateTime64(min(${raw.time}), 3), toDateTime64(max(${raw.time}), 3))) AS a
              FROM ${raw.table} WHERE ${k} IN ${keys} GROUP BY key, hour) AS r
            FULL OUTER JOIN (
              SELECT key, hour, toString((sum(hits), sum(rows), ${kind === 'IP' ? sql`toUInt64(1)` : sql`uniqExactMerge(ips)`}, min(first_seen), max(last_seen))) AS b
              FROM ${db.table('graph_nodes_1h')} WHERE source = ${NAME[source]} AND kind = ${kind} AND key IN ${keys} GROUP BY key, hour) AS l
            USING (key, hour)`,
      );
      out.nodes += cmp.length;
      out.nodeMismatches.push(
        ...cmp
          .filter((c) => c.a !== c.b)
          .slice(0, 5)
          .map((c) => ({ source, kind, ...c })),
      );
      for (const [x, y] of LAYER_PAIRS_OF[source]
        .flatMap(([a, b]) => [[a, b] as const, [b, a] as const])
        .filter(([a, b]) => a === kind && KINDS[source].includes(b))) {
        const t = keyOut(y, source);
        const links = await db.query<{ key: string; hour: string; to: string; a: string; b: string }>(
          sql`SELECT key, hour, to, a, b FROM (
                SELECT ${k} AS key, toStartOfHour(${raw.time}) AS hour, ${t} AS to, toString((${raw.hits}, count())) AS a
                FROM ${raw.table} WHERE ${k} IN ${keys} AND to NOT IN ('', '0') GROUP BY key, hour, to) AS r
              FULL OUTER JOIN (
                SELECT from_key AS key, hour, to_key AS to, toString((sum(hits), sum(rows))) AS b FROM ${db.table('graph_links_1h')}
                WHERE source = ${NAME[source]} AND from_kind = ${x} AND to_kind = ${y} AND from_key IN ${keys} GROUP BY key, hour, to) AS l
              USING (key, hour, to)`,
        );
        out.links += links.length;
        out.linkMismatches.push(
          ...links
            .filter((c) => c.a !== c.b)
            .slice(0, 5)
            .map((c) => ({ source, x, y, ...c })),
        );
      }
    }
  }
  say(out);
}

try {
  if (mode === 'prepare') await prepare();
  else if (mode === 'install') await install();
  else if (mode === 'deferred') await deferred();
  else if (mode === 'drain') await drainAll();
  else if (mode === 'verify') await verify();
  else throw new Error(`unknown mode ${mode}`);
} finally {
  await db.close();
}
