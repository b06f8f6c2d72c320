import { hostname } from 'node:os';
import type { ClickHouseSettings } from '@clickhouse/client';
import type { Db } from '../../db/client.js';
import { DbLimitError } from '../../db/errors.js';
import { compactClosedDays } from './compact.js';
import { chTime, createLayerRepository, LAYER_SOURCES, NO_DAY, timeMs, type LayerRepository, type LayerSource } from './layer.repository.js';
import { withLayerLock } from './lock.js';

/**
 * Installs the graph layer on a database whose pipeline keeps writing. The live views (migration
 * 012) count every row at or after their cutoff; this counts the history before it, one UTC day of
 * one source at a time, newest first (analysts look at recent hours first, and the layer is then
 * complete from one boundary to now). Each chunk is recorded in graph_layer_progress: a chunk found
 * running or failed (a killed or failed install) is cleared and counted again, so nothing is
 * counted twice or missed. A chunk is checked against the raw rows before it is marked done; the
 * whole range is checked hour by hour at the end, and a day that moved since (rows that arrived
 * late) is counted again.
 */

const DAY = 86_400_000;

export interface InstallOptions {
  /** The shard this process backfills ('' on one node): its progress is its own. */
  shard?: string;
  owner?: string;
  now?: () => Date;
  lateGraceS: number;
  concurrency: number;
  /** 0: unthrottled. */
  rowsPerS: number;
  maxMemoryBytes: number;
  threads: number;
  retries: number;
  /** A chunk bigger than this is counted in several statements of whole hours: memory follows this, not a day's traffic. */
  statementRows: number;
  onProgress?: (p: InstallProgress) => void;
  /** Stops between chunks (the chunk running finishes or is cleared). */
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

export interface InstallProgress {
  state: 'planning' | 'backfilling' | 'waiting' | 'verifying' | 'compacting' | 'complete';
  cutoff: string;
  chunksDone: number;
  chunksTotal: number;
  rowsDone: number;
  rowsTotal: number;
  current?: { source: LayerSource; day: string };
  waitingUntil?: string;
}

export interface InstallResult {
  cutoff: string;
  chunks: number;
  rows: number;
  recounted: string[];
  seconds: number;
}

/** The install stopped: what failed, and that a new run resumes where it stopped. */
export class LayerInstallError extends Error {}

interface Chunk {
  source: LayerSource;
  day: Date;
  since: Date;
  until: Date;
  rows: number;
}

const dayText = (d: Date) => d.toISOString().slice(0, 10);
const dayOf = (text: string) => new Date(`${text}T00:00:00Z`);

export async function installLayer(db: Db, opts: InstallOptions): Promise<InstallResult> {
  const repo = createLayerRepository(db);
  const shard = opts.shard ?? '';
  const owner = opts.owner ?? `${hostname()}:${process.pid}`;
  const now = opts.now ?? (() => new Date());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();

  if (db.cluster)
    throw new LayerInstallError(
      'on a cluster the layer is backfilled per shard with the rendered statements: see "Installing the layer on a live pipeline" in the README',
    );
  const cutoff = await repo.cutoff();
  if (!cutoff) throw new LayerInstallError('the graph layer’s views are missing: run `npm run migrate` first');

  return withLayerLock(
    db,
    owner,
    async () => {
      const progress = (p: Omit<InstallProgress, 'cutoff'>) => opts.onProgress?.({ ...p, cutoff: cutoff.toISOString() });
      progress({ state: 'planning', chunksDone: 0, chunksTotal: 0, rowsDone: 0, rowsTotal: 0 });
      await repo.mark({ shard, source: 'install', day: NO_DAY, state: 'running', owner, cutoff: chTime(cutoff) });

      const chunks = await plan(repo, cutoff);
      const states = new Map((await repo.progress(shard)).map((r) => [`${r.source}/${r.day}`, r]));
      const stateOf = (c: Chunk) => states.get(`${c.source}/${dayText(c.day)}`);
      const pending = chunks.filter((c) => stateOf(c)?.state !== 'done');
      const rowsTotal = chunks.reduce((n, c) => n + c.rows, 0);
      let rowsDone = chunks.filter((c) => stateOf(c)?.state === 'done').reduce((n, c) => n + c.rows, 0);
      let chunksDone = chunks.length - pending.length;

      const settings: ClickHouseSettings = {
        max_memory_usage: String(opts.maxMemoryBytes),
        max_bytes_before_external_group_by: String(Math.floor(opts.maxMemoryBytes / 2)),
        max_threads: opts.threads,
        max_insert_threads: '1',
      };
      const run = (c: Chunk, stale: boolean) => runChunk(repo, shard, owner, c, stale, settings, opts, sleep);

      // newest first; a chunk whose hours may still receive rows (the cutoff's own day) waits for them
      const ready = (c: Chunk) => c.until.getTime() + opts.lateGraceS * 1000 <= now().getTime();
      const queue = [...pending].sort((a, b) => Number(ready(b)) - Number(ready(a)) || b.day.getTime() - a.day.getTime());
      const workers = Array.from({ length: Math.max(1, opts.concurrency) }, async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          if (opts.signal?.aborted) throw new LayerInstallError('stopped; run the install again to resume');
          while (!ready(c)) {
            progress({
              state: 'waiting',
              chunksDone,
              chunksTotal: chunks.length,
              rowsDone,
              rowsTotal,
              waitingUntil: new Date(c.until.getTime() + opts.lateGraceS * 1000).toISOString(),
            });
            if (opts.signal?.aborted) throw new LayerInstallError('stopped; run the install again to resume');
            await sleep(Math.min(5000, c.until.getTime() + opts.lateGraceS * 1000 - now().getTime()));
          }
          progress({ state: 'backfilling', chunksDone, chunksTotal: chunks.length, rowsDone, rowsTotal, current: { source: c.source, day: dayText(c.day) } });
          const s = stateOf(c)?.state;
          await run(c, s === 'running' || s === 'failed');
          chunksDone++;
          rowsDone += c.rows;
          progress({ state: 'backfilling', chunksDone, chunksTotal: chunks.length, rowsDone, rowsTotal });
        }
      });
      await Promise.all(workers);

      // rows that arrived for a chunk's hours after it was counted: views never count them (they are before the cutoff)
      progress({ state: 'verifying', chunksDone, chunksTotal: chunks.length, rowsDone, rowsTotal });
      const recounted: string[] = [];
      const first = chunks.reduce((min, c) => Math.min(min, c.day.getTime()), cutoff.getTime());
      for (let pass = 0; pass < 3; pass++) {
        const wrong = await mismatchedDays(repo, new Date(first), cutoff);
        if (wrong.length === 0) break;
        for (const w of wrong) {
          const c = chunkOf(w.source, w.day, cutoff);
          await run(c, true);
          recounted.push(`${w.source}/${dayText(w.day)}`);
        }
      }

      progress({ state: 'compacting', chunksDone, chunksTotal: chunks.length, rowsDone, rowsTotal });
      await compactClosedDays(db, { now: now(), lateGraceS: opts.lateGraceS, settings, shard, from: new Date(first) });

      await repo.mark({
        shard,
        source: 'install',
        day: NO_DAY,
        state: 'complete',
        owner,
        cutoff: chTime(cutoff),
        raw_rows: rowsTotal,
        seconds: (Date.now() - started) / 1000,
      });
      progress({ state: 'complete', chunksDone, chunksTotal: chunks.length, rowsDone, rowsTotal });
      return { cutoff: cutoff.toISOString(), chunks: chunks.length, rows: rowsTotal, recounted, seconds: (Date.now() - started) / 1000 };
    },
    shard,
  );
}

function chunkOf(source: LayerSource, day: Date, cutoff: Date, rows = 0): Chunk {
  return { source, day, since: day, until: new Date(Math.min(day.getTime() + DAY, cutoff.getTime())), rows };
}

/** One chunk per source and UTC day holding rows before the cutoff (and the cutoff's own day). */
async function plan(repo: LayerRepository, cutoff: Date): Promise<Chunk[]> {
  if (cutoff.getTime() <= 0) return [];
  const chunks: Chunk[] = [];
  for (const source of LAYER_SOURCES) {
    const days = new Map((await repo.rawDays(source, cutoff)).map((d) => [d.day, Number(d.rows)]));
    const last = dayText(new Date(cutoff.getTime() - 1));
    if (!days.has(last)) days.set(last, 0);
    for (const [day, rows] of days) chunks.push(chunkOf(source, dayOf(day), cutoff, rows));
  }
  return chunks;
}

async function mismatchedDays(repo: LayerRepository, since: Date, cutoff: Date) {
  const wrong: { source: LayerSource; day: Date }[] = [];
  for (const source of LAYER_SOURCES) {
    // only hours the raw rows outgrew: fewer raw rows than counted is the raw table's TTL (or a dropped
    // partition) at work, and the layer keeps what it counted
    const days = new Set((await repo.hourly(source, since, cutoff)).filter((h) => Number(h.raw) > Number(h.layer)).map((h) => h.hour.slice(0, 10)));
    for (const d of days) wrong.push({ source, day: dayOf(d) });
  }
  return wrong;
}

const FATAL = /MEMORY_LIMIT_EXCEEDED|NOT_ENOUGH_SPACE|No space left|Cannot reserve .* space/i;

function why(err: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) messages.push(e.message);
  return messages.join(': ');
}

async function runChunk(
  repo: LayerRepository,
  shard: string,
  owner: string,
  c: Chunk,
  stale: boolean,
  settings: ClickHouseSettings,
  opts: InstallOptions,
  sleep: (ms: number) => Promise<void>,
) {
  const day = dayText(c.day);
  for (let attempt = 0; ; attempt++) {
    const t0 = Date.now();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    try {
      if (stale || attempt > 0) await clear(repo, shard, owner, c);
      await repo.mark({ shard, source: c.source, day, state: 'running', owner });
      for (const s of await statements(repo, c, opts.statementRows)) await repo.backfill(c.source, s.since, s.until, settings);
      const [raw, layer] = await Promise.all([repo.rawRows(c.source, c.since, c.until), repo.layerRows(c.source, c.since, c.until)]);
      // rows arrived for the chunk's hours while it was counted: once more, then the check at the end counts the day again
      if (raw !== layer && attempt === 0) throw new ChunkMoved(raw, layer);
      const seconds = (Date.now() - t0) / 1000;
      await repo.mark({ shard, source: c.source, day, state: 'done', owner, raw_rows: raw, layer_rows: layer, seconds, peak_bytes: peak });
      c.rows = raw;
      if (opts.rowsPerS > 0) await sleep(Math.max(0, (raw / opts.rowsPerS) * 1000 - (Date.now() - t0)));
      return;
    } catch (err) {
      const fatal = FATAL.test(why(err)) || err instanceof DbLimitError;
      if (err instanceof ChunkMoved || (!fatal && attempt < opts.retries)) {
        if (!(err instanceof ChunkMoved)) await sleep(Math.min(30_000, 1000 * 2 ** attempt));
        continue;
      }
      const message = fatal
        ? `${c.source} ${day}: ${/space/i.test(why(err)) ? 'the disk is full' : `a chunk needs more than LAYER_BACKFILL_MAX_MEMORY_BYTES=${opts.maxMemoryBytes}`} (${why(err).slice(0, 300)})`
        : `${c.source} ${day} failed ${attempt + 1} times: ${why(err).slice(0, 300)}`;
      // nothing half-counted: what the chunk wrote goes, and the next run counts it again
      await clear(repo, shard, owner, c).catch(() => {});
      await repo.mark({ shard, source: c.source, day, state: 'failed', owner, message }).catch(() => {});
      throw new LayerInstallError(`${message}; the install stopped, and resumes from this chunk when run again`, { cause: err });
    } finally {
      clearInterval(sampler);
    }
  }
}

/** A chunk's hours in runs of whole hours of at most `budget` raw rows (one hour alone where an hour holds more). */
async function statements(repo: LayerRepository, c: Chunk, budget: number): Promise<{ since: Date; until: Date }[]> {
  if (c.rows <= budget) return [c];
  const hours = await repo.hourly(c.source, c.since, c.until);
  const runs: { since: Date; until: Date }[] = [];
  let since = c.since;
  let rows = 0;
  for (const h of hours) {
    const start = new Date(timeMs(h.hour));
    if (rows > 0 && rows + Number(h.raw) > budget) {
      runs.push({ since, until: start });
      since = start;
      rows = 0;
    }
    rows += Number(h.raw);
  }
  runs.push({ since, until: c.until });
  return runs;
}

/** A chunk's hours received rows while it was counted: it is counted again. */
class ChunkMoved extends Error {
  constructor(raw: number, layer: number) {
    super(`rows changed while the chunk was counted (raw ${raw}, layer ${layer})`);
  }
}

async function clear(repo: LayerRepository, shard: string, owner: string, c: Chunk) {
  await repo.clearHours(c.source, c.since, c.until);
  // the day's roll-up held the hours just cleared: it is built again once they are counted
  await repo.clearDay(c.day);
  await repo.mark({ shard, source: 'daily', day: dayText(c.day), state: 'stale', owner });
  await repo.mark({ shard, source: 'hours', day: dayText(c.day), state: 'stale', owner });
}
