import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import type { Window } from '../../schema/window.js';
import type { Clustering } from './cluster.engine.js';
import { clusterOffThread } from './cluster.thread.js';
import { gateFor } from '../../schema/gate.js';
import { createClusterRepository, FEATURES, type FeatureRow } from './cluster.repository.js';

export const TTL_MS = 10 * 60_000;

export interface ClusterResult extends Clustering {
  window: Window;
  computedAt: Date;
  expiresAt: Date;
  durationMs: number;
  points: FeatureRow[];
  /** Cluster id of each member IP. */
  byIp: Map<string, number>;
  /** Member IPs of each cluster, busiest first. */
  members: string[][];
  /** Each point's position on the first two principal components, in `points` order. */
  projection: number[][];
  /** Variance explained by those two components. */
  explained: number[];
}

interface Entry {
  result: Promise<ClusterResult>;
  settled?: ClusterResult;
}

/**
 * Clusterings per window (rounded to the TTL), shared by all requests of this process: at most
 * `entries` of them, the least recently used evicted first; one computation per window however many
 * ask for it at once.
 */
const cache = new Map<string, Entry>();
/** Windows kept, and computations waiting for the clustering thread before a caller is told to retry. */
export type ClusterLimits = Pick<Config['limits'], 'clusterCacheEntries' | 'maxClusterQueue'>;

/** Clustering windows snap to TTL boundaries so requests within one period share a result. */
export function clusterWindow(w: Window): Window {
  const snap = (d: Date) => new Date(Math.floor(d.getTime() / TTL_MS) * TTL_MS);
  return { since: snap(w.since), until: snap(w.until) };
}

const keyOf = (db: Db, w: Window) => `${db.database}|${w.since.getTime()}|${w.until.getTime()}`;

/**
 * The clustering of a window: cached, or computed once for every caller asking at the time. `onCompute`
 * runs, before anything starts, only when this call starts a computation (the caller pays for it, and
 * may refuse by throwing).
 */
export function clusteringFor(db: Db, window: Window, limits: ClusterLimits, onCompute?: () => void): Promise<ClusterResult> {
  const w = clusterWindow(window);
  const key = keyOf(db, w);
  const hit = cache.get(key);
  if (hit && (!hit.settled || hit.settled.expiresAt.getTime() > Date.now())) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.result;
  }
  try {
    onCompute?.();
  } catch (err) {
    return Promise.reject(err as Error);
  }
  // one at a time: the clustering thread is one core
  const gate = gateFor(limits, 'clusterings', { concurrency: 1, queue: limits.maxClusterQueue });
  const entry: Entry = { result: gate.run('clusterings', () => compute(db, w)) };
  entry.result.then(
    (r) => (entry.settled = r),
    () => cache.get(key) === entry && cache.delete(key),
  );
  cache.delete(key);
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= limits.clusterCacheEntries) break;
    if (cache.get(oldest)!.settled) cache.delete(oldest);
  }
  return entry.result;
}

export type CacheState = 'FRESH' | 'COMPUTING' | 'EXPIRED' | 'EMPTY';

export function cacheStatus(db: Db, window: Window): { state: CacheState; result?: ClusterResult } {
  const entry = cache.get(keyOf(db, clusterWindow(window)));
  if (!entry) return { state: 'EMPTY' };
  if (!entry.settled) return { state: 'COMPUTING' };
  return { state: entry.settled.expiresAt.getTime() > Date.now() ? 'FRESH' : 'EXPIRED', result: entry.settled };
}

async function compute(db: Db, w: Window): Promise<ClusterResult> {
  const started = performance.now();
  const points = await createClusterRepository(db).features(w);
  const values = points.map((p) => p.values);
  const {
    clustering: c,
    projection: { points: projection, explained },
  } = await clusterOffThread(values);
  const members: string[][] = Array.from({ length: c.k }, () => []);
  points.forEach((p, i) => members[c.labels[i]!]!.push(p.ip));
  const now = Date.now();
  return {
    ...c,
    window: w,
    points,
    byIp: new Map(points.map((p, i) => [p.ip, c.labels[i]!])),
    members,
    projection,
    explained,
    computedAt: new Date(now),
    expiresAt: new Date(now + TTL_MS),
    durationMs: Math.round(performance.now() - started),
  };
}

export const FEATURE_NAMES = FEATURES;
