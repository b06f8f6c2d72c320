import type { Db } from '../../db/client.js';
import type { Window } from '../../schema/window.js';
import { cluster, project2d, standardize, type Clustering } from './cluster.engine.js';
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

/** Clusterings per window (rounded to the TTL), shared by all requests of this process. */
const cache = new Map<string, Entry>();

/** Clustering windows snap to TTL boundaries so requests within one period share a result. */
export function clusterWindow(w: Window): Window {
  const snap = (d: Date) => new Date(Math.floor(d.getTime() / TTL_MS) * TTL_MS);
  return { since: snap(w.since), until: snap(w.until) };
}

const keyOf = (db: Db, w: Window) => `${db.database}|${w.since.getTime()}|${w.until.getTime()}`;

export function clusteringFor(db: Db, window: Window): Promise<ClusterResult> {
  const w = clusterWindow(window);
  const key = keyOf(db, w);
  const hit = cache.get(key);
  if (hit && (!hit.settled || hit.settled.expiresAt.getTime() > Date.now())) return hit.result;
  const entry: Entry = { result: compute(db, w) };
  entry.result.then(
    (r) => (entry.settled = r),
    () => cache.delete(key),
  );
  cache.set(key, entry);
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
  const c = cluster(values);
  const { points: projection, explained } = project2d(standardize(values).z);
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
