import { hostname } from 'node:os';
import type { Db } from '../../db/client.js';
import { createDeferredRepository } from './deferred.repository.js';
import { createLayerRepository, NO_DAY, timeMs } from './layer.repository.js';
import { withLayerLock } from './lock.js';

/**
 * Deferred mode: the graph layer counted in batches instead of on every insert.
 *
 * Live, each insert's request tuples are expanded into links and nodes while the insert
 * runs: at 10,000-row batches that costs more CPU than the pipeline's own views. Deferred, an
 * insert only copies the columns the layer reads into graph_rows_pending (no grouping), and
 * `drainPending` (the server runs it every LAYER_DRAIN_INTERVAL_S) counts what waits: the rows of
 * many inserts grouped into request tuples at once, with the tuple views' SELECTs, then expanded
 * with the layer's views' own SELECTs, so each link is written once per batch rather than once per
 * insert.
 *
 * Exactly once: rows are read by the block number their insert was given when it became
 * visible (a MergeTree numbers its parts as it commits them), from the last one replayed up to the
 * newest visible one. The range is recorded before it is replayed and marked done after; each
 * table is written in one block with a token of the range, so a drain killed between the two
 * writes the same range again and each table drops the block it already holds. (Through the
 * views, the ids of the views' blocks changed when a view had been altered in the killed
 * process: tried, and counted twice.) Replayed parts are dropped, all but the newest.
 */

const HOUR = 3_600_000;
const DRAIN = 'drain';

export type LayerMode = 'live' | 'deferred';

/** The mode now, from the boundaries in the views: deferred when the newest interval is open. */
export function modeOf(boundaries: readonly Date[] | null): LayerMode {
  return boundaries && boundaries.length % 2 === 1 ? 'deferred' : 'live';
}

export interface ModeChange {
  mode: LayerMode;
  /** The first hour counted the new way. */
  from: Date;
  changed: boolean;
}

/**
 * Switches the mode from the first whole hour at least `marginS` ahead: no row stored yet (nor one
 * being inserted) is in an hour whose treatment changes, so the views can be changed one by one
 * while the pipeline writes.
 */
export async function setLayerMode(db: Db, mode: LayerMode, opts: { now?: Date; marginS: number }): Promise<ModeChange> {
  if (db.cluster) throw new Error('deferred mode runs on a single node: on a cluster, replicated block numbers are not ordered by visibility');
  const repo = createDeferredRepository(db);
  const boundaries = await repo.boundaries();
  if (!boundaries) throw new Error('the graph layer’s views are missing: run `npm run migrate` first');
  // never before the live views' cutoff: the hours before it are the install's
  const cutoff = (await createLayerRepository(db).cutoff())?.getTime() ?? 0;
  const from = new Date(Math.max(cutoff, Math.ceil(((opts.now ?? new Date()).getTime() + opts.marginS * 1000) / HOUR) * HOUR));
  if (modeOf(boundaries) === mode) return { mode, from: boundaries.at(-1) ?? from, changed: false };
  const last = boundaries.at(-1);
  // a switch back before the last one takes effect would leave an empty interval: the last one is moved instead
  const next = last && last >= from ? boundaries.slice(0, -1) : [...boundaries, from];
  await repo.applyBoundaries(next);
  return { mode, from: next.at(-1) ?? from, changed: true };
}

export interface DrainOptions {
  /** Pending rows counted per batch at most (memory follows this). */
  batchRows: number;
  maxMemoryBytes: number;
  owner?: string;
  /** Called after a range is replayed and before it is marked done (tests kill the process here). */
  onReplayed?: (range: { after: number; upTo: number; rows: number }) => void | Promise<void>;
}

export interface DrainResult {
  rows: number;
  batches: number;
  seconds: number;
  /** The last block replayed. */
  upTo: number;
}

/** Counts every row waiting in graph_rows_pending into the layer, in batches, exactly once. */
export async function drainPending(db: Db, opts: DrainOptions): Promise<DrainResult> {
  const owner = opts.owner ?? `${hostname()}:${process.pid}`;
  // nothing new in the pending table: no lock to take
  const drained = (await createLayerRepository(db).progress('')).find((r) => r.source === DRAIN);
  const after = Number(drained?.raw_rows ?? 0);
  const top = await createDeferredRepository(db).newestBlock();
  if (drained?.state !== 'replaying' && top === after) return { rows: 0, batches: 0, seconds: 0, upTo: after };
  return withLayerLock(db, owner, () => drain(db, opts), '', 'drain-lock');
}

async function drain(db: Db, opts: DrainOptions): Promise<DrainResult> {
  const layer = createLayerRepository(db);
  const repo = createDeferredRepository(db);
  const started = Date.now();
  const result: DrainResult = { rows: 0, batches: 0, seconds: 0, upTo: 0 };
  const dropReplayed = async (upTo: number) => {
    for (const p of await repo.replayedParts(upTo)) {
      // merged away since it was listed: the part that replaced it is dropped once wholly replayed
      await repo.dropPart(p.name).catch(() => {});
    }
  };
  for (;;) {
    const state = (await layer.progress('')).find((r) => r.source === DRAIN);
    let after = Number(state?.raw_rows ?? 0);
    const top = await repo.newestBlock();
    if (top < after && state?.state !== 'replaying') {
      // the pending table was emptied or made again (its numbering starts over): what it holds now is all new
      await layer.mark({ shard: '', source: DRAIN, day: NO_DAY, state: 'done', raw_rows: 0, layer_rows: 0, message: `numbering restarted below ${after}` });
      after = 0;
    }
    let upTo = Number(state?.layer_rows ?? 0);
    let rows = 0;
    if (state?.state !== 'replaying') {
      const parts = await repo.parts(after);
      if (!parts.length) {
        await dropReplayed(after);
        break;
      }
      upTo = after;
      for (const p of parts) {
        if (rows > 0 && rows + Number(p.rows) > opts.batchRows) break;
        rows += Number(p.rows);
        upTo = Math.max(upTo, Number(p.max_block));
      }
      await layer.mark({ shard: '', source: DRAIN, day: NO_DAY, state: 'replaying', raw_rows: after, layer_rows: upTo });
    }
    const t0 = Date.now();
    await repo.replay(after, upTo, opts.maxMemoryBytes);
    await opts.onReplayed?.({ after, upTo, rows });
    await layer.mark({ shard: '', source: DRAIN, day: NO_DAY, state: 'done', raw_rows: upTo, layer_rows: upTo, seconds: (Date.now() - t0) / 1000 });
    await dropReplayed(upTo);
    result.rows += rows;
    result.batches++;
    result.upTo = upTo;
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

export interface PendingState {
  mode: LayerMode;
  /** The hour deferred mode started or ended at, when it was ever used. */
  since: string | null;
  /** Rows inserted and not counted into the layer yet. */
  rows: number;
  /** Seconds since the oldest of them was inserted: how far the layer is behind the pipeline. */
  lagS: number;
  /** The earliest hour (epoch ms) a waiting row belongs to: hours from it on are not complete yet. */
  earliestHour: number | null;
  lastDrain: string | null;
}

export async function pendingState(db: Db, now = new Date()): Promise<PendingState> {
  const repo = createDeferredRepository(db);
  const [boundaries, state] = await Promise.all([repo.boundaries(), createLayerRepository(db).progress('')]);
  const drained = state.find((r) => r.source === DRAIN);
  const waiting = await repo.waiting(Number(drained?.raw_rows ?? 0));
  return {
    mode: modeOf(boundaries),
    since: boundaries?.at(-1)?.toISOString() ?? null,
    rows: waiting.rows,
    lagS: waiting.oldest ? Math.max(0, (now.getTime() - timeMs(waiting.oldest)) / 1000) : 0,
    earliestHour: waiting.hour ? timeMs(waiting.hour) : null,
    lastDrain: drained?.updated_at ?? null,
  };
}
