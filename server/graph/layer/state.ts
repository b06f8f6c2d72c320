import type { Db } from '../../db/client.js';
import { pendingState, type PendingState } from './deferred.js';
import { createLayerRepository, timeMs } from './layer.repository.js';

/**
 * What the process knows of the layer, refreshed every few seconds rather than read per request:
 * which days are rolled up (reads take those days from the daily tables), where the live views
 * start, and how far the install of the history before them has come (which hours are complete).
 */
export interface LayerState {
  cutoff: Date | null;
  /** UTC days (epoch ms at midnight) whose daily roll-up is current. */
  rolledDays: ReadonlySet<number>;
  /** Per UTC day (epoch ms): until when (epoch ms) its hours' degrees are rolled into `graph_degrees_1h`. */
  degreeHours: ReadonlyMap<number, number>;
  install: {
    state: 'none' | 'pending' | 'running' | 'complete' | 'failed';
    chunksDone: number;
    chunksFailed: number;
    failure?: string;
    owner?: string;
    updatedAt?: string;
  };
  /** UTC days (epoch ms) whose chunks are counted, per source, while the install is not complete. */
  doneDays: Record<'traffic' | 'detections', ReadonlySet<number>>;
  /** Whole hours between the newest request stored and the newest hour the layer holds. */
  lagS: number | null;
  /** The newest hour the layer holds (epoch ms), null when it holds none or is not loaded yet. */
  newestHour: number | null;
  /** Deferred mode: the rows waiting for the drain, and how long the oldest has waited. */
  pending: PendingState;
  loadedAt: number;
}

const EMPTY: LayerState = {
  cutoff: null,
  rolledDays: new Set(),
  degreeHours: new Map(),
  install: { state: 'none', chunksDone: 0, chunksFailed: 0 },
  doneDays: { traffic: new Set(), detections: new Set() },
  lagS: null,
  newestHour: null,
  pending: { mode: 'live', since: null, rows: 0, lagS: 0, earliestHour: null, lastDrain: null },
  loadedAt: 0,
};

const states = new Map<string, LayerState>();
const key = (db: Db) => `${db.mode}:${db.database}`;
const DAY = 86_400_000;
const dayMs = (text: string) => Date.parse(`${text}T00:00:00Z`);

/** The end of the newest hour whose degrees are rolled up, null before any: degree reads take the links' hours from there on. */
export const degreesRolledUntil = (s: LayerState): Date | null => (s.degreeHours.size ? new Date(Math.max(...s.degreeHours.values())) : null);

/** The last state loaded for this database (an empty one before the first load: every read then goes to the hourly tables). */
export function layerState(db: Db): LayerState {
  return states.get(key(db)) ?? EMPTY;
}

export async function loadLayerState(db: Db, shard = ''): Promise<LayerState> {
  const repo = createLayerRepository(db);
  const [cutoff, rows, fresh, pending] = await Promise.all([repo.cutoff(), repo.progress(shard), repo.freshness(), pendingState(db)]);
  const rawHour = Math.floor(timeMs(fresh.raw) / 3_600_000) * 3_600_000;
  const lag = Number.isNaN(rawHour) || Date.parse('1971-01-01') > rawHour ? null : Math.max(0, (rawHour - (timeMs(fresh.layer) || 0)) / 1000);
  const install = rows.find((r) => r.source === 'install');
  const chunks = rows.filter((r) => r.source === 'traffic' || r.source === 'detections');
  const failed = chunks.filter((r) => r.state === 'failed');
  const epoch = !cutoff || cutoff.getTime() <= 0;
  const state: LayerState = {
    cutoff,
    rolledDays: new Set(rows.filter((r) => r.source === 'daily' && r.state === 'done').map((r) => dayMs(r.day))),
    degreeHours: new Map(rows.filter((r) => r.source === 'hours' && r.state === 'done').map((r) => [dayMs(r.day), timeMs(r.cutoff)])),
    install: {
      state:
        epoch || install?.state === 'complete' ? 'complete' : failed.length ? 'failed' : install?.state === 'running' ? 'running' : cutoff ? 'pending' : 'none',
      chunksDone: chunks.filter((r) => r.state === 'done').length,
      chunksFailed: failed.length,
      ...(failed[0] ? { failure: failed[0].message } : {}),
      ...(install ? { owner: install.owner, updatedAt: install.updated_at } : {}),
    },
    doneDays: {
      traffic: new Set(chunks.filter((r) => r.source === 'traffic' && r.state === 'done').map((r) => dayMs(r.day))),
      detections: new Set(chunks.filter((r) => r.source === 'detections' && r.state === 'done').map((r) => dayMs(r.day))),
    },
    lagS: lag,
    newestHour: timeMs(fresh.layer) > 0 ? timeMs(fresh.layer) : null,
    pending,
    loadedAt: Date.now(),
  };
  states.set(key(db), state);
  return state;
}

/**
 * Hours of [since, until) the layer has not counted whole yet: history before the cutoff while the
 * install runs, and in deferred mode the hours from the earliest one whose rows wait for the drain.
 */
export function missingHours(state: LayerState, since: Date, until: Date, now = Date.now()): number {
  const first = Math.floor(since.getTime() / 3_600_000) * 3_600_000;
  const waiting = state.pending.earliestHour;
  let missing = 0;
  if (waiting !== null) {
    const end = Math.min(until.getTime(), now);
    for (let h = Math.max(first, waiting); h < end; h += 3_600_000) missing++;
  }
  if (state.install.state === 'complete' || !state.cutoff) return missing;
  const end = Math.min(until.getTime(), state.cutoff.getTime(), waiting ?? Infinity);
  for (let h = first; h < end; h += 3_600_000) {
    const day = Math.floor(h / DAY) * DAY;
    if (!state.doneDays.traffic.has(day) || !state.doneDays.detections.has(day)) missing++;
  }
  return missing;
}
