import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { sql } from '../../db/sql.js';
import { demoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { keyOut, present } from '../columns.sql.js';
import { createGraphLayerRepository } from '../graph-layer.repository.js';
import { compactClosedDays, compactUnderLock } from './compact.js';
import { drainPending, pendingState, setLayerMode } from './deferred.js';
import { installLayer, LayerInstallError, type InstallOptions } from './install.js';
import { LayerBusyError } from './lock.js';
import { createDeferredRepository } from './deferred.repository.js';
import { createLayerRepository, LAYER_SOURCES } from './layer.repository.js';
import { loadLayerState, missingHours } from './state.js';

/**
 * The graph layer installed while the pipeline writes. The live runs happen in processes of their
 * own (server/test/live-install.ts): libchdb binds one data directory per process, and one of them
 * is killed mid-install.
 */

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: Record<string, any>[];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true, maxRetries: 5 })));

function live(mode: string, env: Record<string, string>, killWhen?: (line: Record<string, any>) => boolean): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/live-install.ts', mode], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, any>[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as Record<string, any>;
        lines.push(parsed);
        if (killWhen?.(parsed)) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`live-install ${mode} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ code, signal, lines });
    });
  });
}

function timeline() {
  const dir = mkdtempSync(path.join(tmpdir(), 'ja4graph-live-'));
  dirs.push(dir);
  const t = String(Date.now());
  // a day in two or three statements: a kill can land between them
  return { LIVE_DIR: dir, SIM_T0: t, SIM_R0: t, SIM_SPEED: '600', LAYER_BACKFILL_STATEMENT_ROWS: '4000' };
}

function expectExact(v: Record<string, any>) {
  expect(v.hourMismatches).toEqual([]);
  expect(v.nodeMismatches).toEqual([]);
  expect(v.linkMismatches).toEqual([]);
  // the comparisons covered the history and the pipeline's new rows, every kind and pair
  expect(v.hours).toBeGreaterThan(150);
  expect(v.nodes).toBeGreaterThan(1000);
  expect(v.links).toBeGreaterThan(5000);
  const chunks = (v.progress as { source: string; state: string }[]).filter((p) => p.source === 'traffic' || p.source === 'detections');
  expect(chunks.length).toBeGreaterThan(10);
  expect(chunks.every((c) => c.state === 'done')).toBe(true);
}

describe('installing the graph layer while the pipeline writes', () => {
  it('counts every row exactly: the history in chunks, the new rows in the views, late rows counted again', async () => {
    const env = timeline();
    const prepared = await live('prepare', env);
    expect(Date.parse(prepared.lines[0]!.cutoff)).toBeGreaterThan(Date.now());
    const run = await live('install', env);
    const done = run.lines.at(-1)!;
    expect(done.result.chunks).toBeGreaterThan(10);
    expect(done.batches).toBeGreaterThan(20);
    expectExact((await live('verify', env)).lines.at(-1)!);
  });

  it('resumes a killed install where it stopped, counting nothing twice', async () => {
    const env = { ...timeline(), KILL_QUIET_MS: '1000' };
    await live('prepare', env);
    const killed = await live('install', env, (l) => l.chunksDone >= 3);
    expect(killed.signal).toBe('SIGKILL');
    // what the kill left: the history partly counted
    const after = (await live('verify', env)).lines.at(-1)!;
    expect(after.hourMismatches.length).toBeGreaterThan(0);
    expect((after.progress as { state: string }[]).filter((p) => p.state === 'done').length).toBeGreaterThanOrEqual(3);

    const resumed = await live('install', env);
    expect(resumed.lines.at(-1)!.result.chunks).toBeGreaterThan(10);
    expectExact((await live('verify', env)).lines.at(-1)!);
  });
});

describe('deferred mode while the pipeline writes', () => {
  const drainState = (v: Record<string, any>) => (v.progress as { source: string; state: string }[]).find((p) => p.source === 'drain')?.state;

  it('switches while the install runs: new hours go through the drain, each row counted once, even when a drain is killed between its replay and its record', async () => {
    const env = { ...timeline(), KILL_QUIET_MS: '1500', LATE_HOURS: '30,1.5' };
    await live('prepare', env);
    let replays = 0;
    const killed = await live('deferred', env, (l) => Boolean(l.replayed) && ++replays === 3);
    expect(killed.signal).toBe('SIGKILL');
    expect(Date.parse(killed.lines[0]!.deferredFrom)).toBeGreaterThan(Date.now());
    const after = (await live('verify', env)).lines.at(-1)!;
    // killed in the window: the range is recorded as replaying, and the layer is short of the hours after the boundary
    expect(drainState(after)).toBe('replaying');
    expect(after.hourMismatches.length).toBeGreaterThan(0);

    const drained = (await live('drain', env)).lines.at(-1)!;
    expect(drained.batches).toBeGreaterThan(0);
    // the install the kill interrupted, resumed while the pipeline writes on (late rows on both sides of the
    // boundary); what it wrote after the boundary, drained
    await live('install', env);
    await live('drain', env);
    const v = (await live('verify', env)).lines.at(-1)!;
    expectExact(v);
    expect(drainState(v)).toBe('done');
  }, 180_000);
});

describe('deferred mode, as an operator switches it and an analyst reads', () => {
  const HOUR = 3_600_000;
  it('defers the hours from the next whole hour on, reports what waits in /health and /metrics, and answers it once drained', async () => {
    const { db, config } = await demoDb();
    const app = testApp(config, db);
    const now = new Date();
    const change = await setLayerMode(db, 'deferred', { now, marginS: 300 });
    expect(change.changed).toBe(true);
    expect(change.from.getTime()).toBe(Math.ceil((now.getTime() + 300_000) / HOUR) * HOUR);
    // switched again before it takes effect: the boundary is taken back, nothing was ever deferred
    expect((await setLayerMode(db, 'live', { now, marginS: 300 })).changed).toBe(true);
    expect((await pendingState(db)).mode).toBe('live');
    const cutoff = await createLayerRepository(db).cutoff();
    await setLayerMode(db, 'deferred', { now, marginS: 300 });
    // the request tuples' views were re-rendered: they count from the cutoff they had
    expect(await createLayerRepository(db).cutoff()).toEqual(cutoff);
    try {
      // a pipeline's rows in the first deferred hour (the clock of the pipeline ahead of ours)
      const at = new Date(change.from.getTime() + 20 * 60_000);
      const [{ ip }] = (await db.query<{ ip: string }>(
        sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip FROM ${db.table('http_logs')} WHERE ja4 != '' LIMIT 1`,
      )) as [{ ip: string }];
      const v6 = ip.includes(':') ? ip : `::ffff:${ip}`;
      for (let i = 0; i < 3; i++)
        await db.command(
          sql`INSERT INTO ${db.table('http_logs')} SELECT * REPLACE (${at} + toIntervalSecond(${i}) AS time)
              FROM (SELECT * FROM ${db.table('http_logs')} WHERE src_ip = toIPv6(${v6}) LIMIT 5)`,
        );
      const window = { since: change.from.toISOString(), until: new Date(change.from.getTime() + HOUR).toISOString() };
      const hits = async () =>
        (await gql<{ ip: { hits: number } }>(app, `query ($ip: IPAddress!, $w: TimeWindow) { ip(address: $ip) { hits(window: $w) } }`, { ip, w: window })).data!
          .ip.hits;
      const [{ n: raw }] = (await db.query<{ n: number }>(
        sql`SELECT count() AS n FROM ${db.table('http_logs')} WHERE src_ip = toIPv6(${v6}) AND time >= ${change.from} AND time < ${new Date(change.from.getTime() + HOUR)}`,
      )) as [{ n: number }];
      expect(Number(raw)).toBeGreaterThan(2);
      // not counted yet: waiting, and said so
      expect(await hits()).toBe(0);
      const state = await loadLayerState(db);
      // the waiting hour is not complete (read once it has begun: an hour and a half in, two hours are)
      expect(state.pending.earliestHour).toBe(change.from.getTime());
      expect(missingHours(state, change.from, new Date(change.from.getTime() + 3 * HOUR), change.from.getTime() + 1.5 * HOUR)).toBe(2);
      const health = (await (await app.request('/health')).json()) as { graph_layer: Record<string, unknown> };
      expect(health.graph_layer).toMatchObject({ mode: 'deferred', deferred_from: change.from.toISOString() });
      expect(health.graph_layer.pending_rows).toBeGreaterThan(0);
      const metrics = await (await app.request('/metrics')).text();
      expect(metrics).toMatch(/^ja4graph_layer_deferred 1$/m);
      expect(Number(/^ja4graph_layer_pending_rows (\d+)$/m.exec(metrics)?.[1])).toBe(health.graph_layer.pending_rows);

      const drained = await drainPending(db, { batchRows: 1000, maxMemoryBytes: 2 ** 31 });
      expect(drained.rows).toBe(health.graph_layer.pending_rows);
      expect(await hits()).toBe(Number(raw));
      // drained again: nothing waits, nothing counted twice
      expect((await drainPending(db, { batchRows: 1000, maxMemoryBytes: 2 ** 31 })).rows).toBe(0);
      expect(await hits()).toBe(Number(raw));
      expect((await pendingState(db)).rows).toBe(0);
      expect(missingHours(await loadLayerState(db), change.from, new Date(change.from.getTime() + 3 * HOUR), change.from.getTime() + 1.5 * HOUR)).toBe(0);
    } finally {
      // the demo as it was for the tests after this one: live, without the hour written here
      await createDeferredRepository(db).applyBoundaries([]);
      const sync = { settings: { lightweight_deletes_sync: '2' } };
      await db.command(sql`ALTER TABLE ${db.table('http_logs')} DELETE WHERE time >= ${change.from} AND time < ${new Date(change.from.getTime() + HOUR)}`, {
        settings: { mutations_sync: '2' },
      });
      for (const t of ['graph_links_1h', 'graph_nodes_1h', 'graph_degrees_1h'] as const)
        await db.command(sql`DELETE FROM ${db.table(t)} WHERE hour = ${change.from}`, sync);
      await db.command(sql`TRUNCATE TABLE ${db.table('graph_rows_pending')}`);
    }
  });
});

describe('late rows once the layer is installed', () => {
  const HOUR = 3_600_000;
  it('counts a late row in its own hour, exactly, and rolls its day up again', async () => {
    const { db, config } = await demoDb();
    const app = testApp(config, db);
    const yesterday = new Date(Math.floor((Date.now() - 86_400_000) / HOUR) * HOUR + 17 * 60_000);
    const [{ ip, ja4 }] = (await db.query<{ ip: string; ja4: string }>(
      sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip, toString(ja4) AS ja4 FROM ${db.table('http_logs')} WHERE ja4 != '' LIMIT 1`,
    )) as [{ ip: string; ja4: string }];
    const hits = async () => {
      const r = await gql<{ ip: { hits: number }; ja4: { neighbors: { neighbors: { weight: number; entity: { key: string } }[] }[] } }>(
        app,
        `query ($ip: IPAddress!, $ja4: String!, $h: TimeWindow, $w: TimeWindow) {
           ip(address: $ip) { hits(window: $h) }
           ja4(fingerprint: $ja4, window: $w) { neighbors(types: [IP], first: 500) { neighbors { weight entity { key } } } }
         }`,
        {
          ip,
          ja4,
          h: { since: yesterday.toISOString(), until: new Date(yesterday.getTime() + HOUR).toISOString() },
          w: { since: new Date(Math.floor(Date.now() / 86_400_000 - 3) * 86_400_000).toISOString(), until: new Date().toISOString() },
        },
      );
      expect(r.errors).toBeUndefined();
      return { hits: r.data!.ip.hits, day: r.data!.ja4.neighbors[0]!.neighbors.find((n) => n.entity.key === ip)?.weight ?? 0 };
    };
    await compactClosedDays(db, { now: new Date(), lateGraceS: 0 });
    await loadLayerState(db);
    const before = await hits();
    await db.command(
      sql`INSERT INTO ${db.table('http_logs')} SELECT * REPLACE (${yesterday} AS time) FROM ${db.table('http_logs')}
          WHERE src_ip = toIPv6(${ip.includes(':') ? ip : `::ffff:${ip}`}) AND ja4 = ${ja4} LIMIT 1`,
    );
    expect((await hits()).hits).toBe(before.hits + 1);
    const rolled = await compactClosedDays(db, { now: new Date(), lateGraceS: 0 });
    expect(rolled).toEqual([yesterday.toISOString().slice(0, 10)]);
    await loadLayerState(db);
    expect((await hits()).day).toBe(before.day + 1);
    const state = await loadLayerState(db);
    expect(missingHours(state, new Date(Date.now() - 7 * 86_400_000), new Date())).toBe(0);
  });
});

describe('degrees of the day not rolled up yet', () => {
  const HOUR = 3_600_000;
  const PAIRS = [
    ['JA4', 'HOST'],
    ['COUNTRY', 'ASN'],
    ['HOST', 'USER_AGENT'],
    ['ASN', 'JA4'],
  ] as const;

  it('rolls its closed hours as they close, and again from its first hour when late rows move them', async () => {
    const { db, config } = await demoDb();
    const repo = createLayerRepository(db);
    const layer = createGraphLayerRepository(db);
    const day = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000;
    const dayText = new Date(day).toISOString().slice(0, 10);
    const hoursOf = (d: number) => ({ since: new Date(d + 5 * HOUR), until: new Date(d + 20 * HOUR) });
    const sameAsRaw = async (w = hoursOf(day)) => {
      for (const [from, to] of PAIRS) {
        const raw = await db.query<{ key: string; n: number }>(
          sql`SELECT ${keyOut(from, 'logs')} AS key, uniqExact(${keyOut(to, 'logs')}) AS n FROM ${db.table('http_logs')}
              WHERE time >= ${w.since} AND time < ${w.until} AND ${present(from, 'logs')} AND ${present(to, 'logs')} GROUP BY key`,
        );
        expect(raw.length, `${from}→${to} has keys`).toBeGreaterThan(0);
        const got = await layer.degrees([{ kind: from, keys: raw.map((r) => r.key), others: [{ kind: to, source: 'logs' }] }], w);
        expect(new Map(got.map((d) => [d.key, Number(d.degree)])), `${from}→${to}`).toEqual(new Map(raw.map((r) => [r.key, Number(r.n)])));
      }
    };
    const rollAt = async (hour: number) => {
      await compactClosedDays(db, { now: new Date(day + hour * HOUR), lateGraceS: 0 });
      return loadLayerState(db);
    };

    // yesterday as the open day: its roll-up stale, as an install leaves a day it counts again
    await repo.mark({ shard: '', source: 'daily', day: dayText, state: 'stale' });
    await repo.mark({ shard: '', source: 'hours', day: dayText, state: 'stale' });
    let state = await rollAt(15);
    expect(state.rolledDays.has(day)).toBe(false);
    expect(state.degreeHours.get(day)).toBe(day + 15 * HOUR);
    await sameAsRaw();

    // a late row in a rolled hour, with a host its JA4 had not been seen with
    await db.command(
      sql`INSERT INTO ${db.table('http_logs')} SELECT * REPLACE (${new Date(day + 10 * HOUR + 17 * 60_000)} AS time, 'late-row.example' AS host)
          FROM ${db.table('http_logs')} WHERE time >= ${hoursOf(day).since} AND time < ${hoursOf(day).until} AND ja4 != '' LIMIT 1`,
    );
    state = await rollAt(16);
    expect(state.degreeHours.get(day)).toBe(day + 16 * HOUR);
    await sameAsRaw();
    state = await rollAt(18);
    expect(state.degreeHours.get(day)).toBe(day + 18 * HOUR);
    await sameAsRaw();

    // once the day is over it is rolled up whole, its hours' degrees with it, and today's closed hours
    const now = new Date();
    expect(await compactClosedDays(db, { now, lateGraceS: 0 })).toContain(dayText);
    state = await loadLayerState(db);
    expect(state.rolledDays.has(day)).toBe(true);
    expect(state.degreeHours.get(day)).toBe(day + 24 * HOUR);
    await sameAsRaw();
    // operators see how far the degrees are rolled up (reads take the links' hours after it)
    const app = testApp(config, db);
    const closed = Math.floor(now.getTime() / HOUR) * HOUR;
    const health = (await (await app.request('/health')).json()) as { graph_layer: { degrees_rolled_until: string } };
    expect(health.graph_layer.degrees_rolled_until).toBe(new Date(closed).toISOString());
    expect(await (await app.request('/metrics')).text()).toMatch(new RegExp(`^ja4graph_layer_degrees_rolled_until_timestamp_seconds ${closed / 1000}$`, 'm'));

    // a day rolled up by a version that wrote no hourly degrees gets them at a later pass
    const before = day - 86_400_000;
    const beforeText = new Date(before).toISOString().slice(0, 10);
    const sync = { settings: { mutations_sync: '2' } };
    await db.command(sql`ALTER TABLE ${db.table('graph_layer_progress')} DELETE WHERE source = 'hours' AND day = ${beforeText}`, sync);
    await db.command(sql`ALTER TABLE ${db.table('graph_degrees_1h')} DELETE WHERE toDate(hour) = ${beforeText}`, sync);
    expect((await loadLayerState(db)).degreeHours.has(before)).toBe(false);
    await sameAsRaw(hoursOf(before));
    await compactClosedDays(db, { now: new Date(), lateGraceS: 0 });
    expect((await loadLayerState(db)).degreeHours.get(before)).toBe(before + 24 * HOUR);
    await sameAsRaw(hoursOf(before));
  });
});

describe('two roll-ups at once', () => {
  it('rolls a day up once: a second roll-up refuses while the first holds the lock', async () => {
    const { db } = await demoDb();
    const day = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 2 * 86_400_000);
    const dayText = day.toISOString().slice(0, 10);
    const counted = async () =>
      Number(
        (
          await db.query<{ n: number }>(
            sql`SELECT sum(hits) AS n FROM ${db.table('graph_nodes_1d')} WHERE source = 'traffic' AND kind = 'ALL' AND key = '*' AND day = toDate(${day})`,
          )
        )[0]!.n,
      );
    const [{ n: raw }] = (await db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${db.table('http_logs')} WHERE time >= ${day} AND time < ${new Date(day.getTime() + 86_400_000)}`,
    )) as [{ n: number }];
    expect(raw).toBeGreaterThan(0);
    // the day's roll-up stale, as an install or late rows leave it: both servers' passes want to roll it again
    await createLayerRepository(db).mark({ shard: '', source: 'daily', day: dayText, state: 'stale' });
    const runs = await Promise.allSettled(['soc-node-1:101', 'soc-node-2:202'].map((owner) => compactUnderLock(db, owner, { now: new Date(), lateGraceS: 0 })));
    for (const r of runs) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(LayerBusyError);
    expect(runs.filter((r) => r.status === 'fulfilled').flatMap((r) => r.value)).toContain(dayText);
    expect(Number(await counted())).toBe(Number(raw));
  });
});

describe('the install on one node', () => {
  let db: Db;
  const HOUR_MS = 3_600_000;
  // a clock past the cutoff's hour, so its last chunk need not wait for it
  const opts: InstallOptions = {
    lateGraceS: 0,
    concurrency: 1,
    rowsPerS: 0,
    maxMemoryBytes: 2 ** 31,
    threads: 2,
    retries: 2,
    // a day of the test demo is counted in several statements
    statementRows: 2_000,
    sleep: async () => {},
    now: () => new Date(Date.now() + 2 * HOUR_MS),
  };
  const HOUR = 3_600_000;

  beforeAll(async () => {
    ({ db } = await demoDb());
    // the demo's history as a pipeline's: the layer's views re-created with a cutoff ahead, its tables emptied
    await db.command(sql`ALTER TABLE ${db.table('schema_migrations')} DELETE WHERE version = 12`, { settings: { mutations_sync: '2' } });
    for (const v of ['mv_graph_tuples_traffic', 'mv_graph_tuples_detections']) await db.command(sql`DROP VIEW ${sql.identifier(`${db.database}.${v}`)}`);
    await db.command(sql`TRUNCATE TABLE ${db.table('graph_layer_progress')}`);
    await migrate(db, () => {}, { cutoffMarginS: 0 });
  });

  const rawHits = async () => Number((await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${db.table('http_logs')} `))[0]!.n);
  const layerHits = async () =>
    Number((await db.query<{ n: number }>(sql`SELECT sum(rows) AS n FROM ${db.table('graph_nodes_1h')} WHERE source = 'traffic' AND kind = 'ALL' `))[0]!.n);

  it('refuses a second install while one holds the lock, naming it', async () => {
    const repo = createLayerRepository(db);
    await repo.mark({ shard: '', source: 'lock', day: '1970-01-01', state: 'held', owner: 'soc-node-2:4242' });
    const err = await installLayer(db, opts).catch((e: unknown) => e);
    if (!(err instanceof LayerBusyError)) console.error(err);
    expect(err).toBeInstanceOf(LayerBusyError);
    expect((err as Error).message).toContain('soc-node-2:4242');
    await repo.mark({ shard: '', source: 'lock', day: '1970-01-01', state: 'released', owner: 'soc-node-2:4242' });

    const both = await Promise.allSettled([
      installLayer(db, { ...opts, owner: 'a', retries: 0, signal: AbortSignal.abort() }),
      installLayer(db, { ...opts, owner: 'b', retries: 0, signal: AbortSignal.abort() }),
    ]);
    const busy = both.filter((r) => r.status === 'rejected' && r.reason instanceof LayerBusyError);
    expect(busy).toHaveLength(1);
  });

  it('retries a chunk ClickHouse fails, stops with the chunk named when it keeps failing, and resumes without counting twice', async () => {
    let failures = 0;
    const flaky = (failEvery: (n: number) => boolean): Db => ({
      ...db,
      command: async (q, o) => {
        if (o?.label === 'layer.backfill' && failEvery(++failures)) {
          // half the chunk written, then the error: what a failure mid-chunk leaves behind
          await db.command(q, {
            ...o,
            settings: { ...o.settings, max_block_size: '64', min_insert_block_size_rows: '64', max_rows_to_read: '128', read_overflow_mode: 'break' },
          });
          throw new Error('Code: 210. DB::NetException: Connection reset by peer');
        }
        return db.command(q, o);
      },
    });
    // one statement per chunk: the failures counted are the chunks'
    const err = await installLayer(
      flaky((n) => n === 1 || n >= 6),
      { ...opts, statementRows: 1e9 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayerInstallError);
    expect((err as Error).message).toMatch(/(traffic|detections) \d{4}-\d\d-\d\d failed 3 times: .*Connection reset.*resumes from this chunk/);
    const failed = (await createLayerRepository(db).progress('')).filter((p) => p.state === 'failed');
    expect(failed).toHaveLength(1);
    // the first chunk failed once and was retried: counted once
    const state = await loadLayerState(db);
    expect(state.install.state).toBe('failed');
    expect(state.install.chunksDone).toBe(4);

    const result = await installLayer(db, opts);
    expect(result.chunks).toBeGreaterThan(8);
    expect(await layerHits()).toBe(await rawHits());
    for (const src of LAYER_SOURCES) {
      const hours = await createLayerRepository(db).hourly(src, new Date(0), new Date(Date.now() + 2 * HOUR));
      expect(hours.filter((h) => Number(h.raw) !== Number(h.layer))).toEqual([]);
    }
    expect((await loadLayerState(db)).install.state).toBe('complete');
  });

  it('stops cleanly on a memory limit, saying which setting to raise, with nothing half-counted', async () => {
    const before = await layerHits();
    await db.command(sql`DELETE FROM ${db.table('graph_nodes_1h')} WHERE source = 'traffic' AND hour < ${new Date(Date.now() - 3 * 86_400_000)}`, {
      settings: { lightweight_deletes_sync: '2' },
    });
    // a day of history lost to the layer: the next install finds it, but the engine runs out of memory on it
    const tight: Db = {
      ...db,
      command: async (q, o) => {
        if (o?.label === 'layer.backfill')
          throw new Error('Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 2.00 GiB (MEMORY_LIMIT_EXCEEDED)');
        return db.command(q, o);
      },
    };
    await createLayerRepository(db).mark({
      shard: '',
      source: 'traffic',
      day: new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10),
      state: 'running',
    });
    const err = await installLayer(tight, { ...opts, maxMemoryBytes: 1e9 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/needs more than LAYER_BACKFILL_MAX_MEMORY_BYTES=1000000000/);
    // then with the memory: whole again
    await installLayer(db, opts);
    expect(await layerHits()).toBe(before);
  });
});
