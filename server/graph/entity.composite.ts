import type { Context } from '../context.js';
import type { Window } from '../schema/window.js';
import type { EntityKind } from './entity.kinds.js';
import { activityLoader, threatLoader, timelineLoader } from './entity.loaders.js';
import type { ActivityRow, ThreatRow, TimelineRow } from './activity.repository.js';

/**
 * Entities that are sets of IPs rather than a column of the data (a K-Means cluster):
 * their activity is their members’, read through the same batched IP loaders.
 */
export const COMPOSITES = new Map<EntityKind, (ctx: Context, key: string, w: Window) => Promise<string[]>>();

export async function compositeActivity(ctx: Context, members: string[], w: Window): Promise<ActivityRow | undefined> {
  const rows = (await activityLoader(ctx, 'IP', w).loadMany(members)).filter((r): r is ActivityRow => Boolean(r) && !(r instanceof Error));
  if (rows.length === 0) return undefined;
  return {
    key: '',
    first_seen: rows.map((r) => r.first_seen).sort()[0]!,
    last_seen: rows
      .map((r) => r.last_seen)
      .sort()
      .at(-1)!,
    hits: rows.reduce((s, r) => s + r.hits, 0),
    unique_ips: rows.length,
    rows: rows.reduce((s, r) => s + r.rows, 0),
  };
}

export async function compositeThreats(ctx: Context, members: string[], w: Window): Promise<ThreatRow[]> {
  const rows = (await threatLoader(ctx, 'IP', w).loadMany(members)).flatMap((r) => (r instanceof Error ? [] : r));
  const byLevel = new Map<string, number>();
  for (const r of rows) byLevel.set(r.threat_level, (byLevel.get(r.threat_level) ?? 0) + r.detections);
  return [...byLevel].map(([threat_level, detections]) => ({ key: '', threat_level, detections }));
}

export async function compositeTimeline(ctx: Context, members: string[], w: Window, bucketS: number): Promise<TimelineRow[]> {
  const rows = (await timelineLoader(ctx, 'IP', w, bucketS).loadMany(members)).flatMap((r) => (r instanceof Error ? [] : r));
  const byBucket = new Map<string, TimelineRow>();
  for (const r of rows) {
    const b = byBucket.get(r.bucket) ?? { key: '', bucket: r.bucket, hits: 0, unique_ips: 0 };
    b.hits += r.hits;
    b.unique_ips += r.unique_ips;
    byBucket.set(r.bucket, b);
  }
  return [...byBucket.values()];
}
