import type { Context } from '../../context.js';
import { byKey } from '../../schema/loaders.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createActivityRepository, type ActivityRow, type ThreatRow, type TimelineRow } from './activity.repository.js';
import { createLinkRepository, type LinkRow } from './links.repository.js';
import { sourceFor, type Dim, type Source } from './entity.columns.js';

export function activityLoader(ctx: Context, kind: Dim, w: Window, source: Source = sourceFor(kind)) {
  return ctx.loaders.get<string, ActivityRow | undefined>('activity', { kind, w: windowKey(w), source }, async (keys) =>
    byKey(keys, await createActivityRepository(ctx.db).activity(kind, keys, w, source), (r) => r.key, (rows) => rows[0]),
  );
}

export function threatLoader(ctx: Context, kind: Dim, w: Window) {
  return ctx.loaders.get<string, ThreatRow[]>('threats', { kind, w: windowKey(w) }, async (keys) =>
    byKey(keys, await createActivityRepository(ctx.db).threatLevels(kind, keys, w), (r) => r.key, (rows) => rows),
  );
}

export function timelineLoader(ctx: Context, kind: Dim, w: Window, bucketS: number) {
  return ctx.loaders.get<string, TimelineRow[]>('timeline', { kind, w: windowKey(w), bucketS }, async (keys) =>
    byKey(keys, await createActivityRepository(ctx.db).timeline(kind, keys, w, bucketS), (r) => r.key, (rows) => rows),
  );
}

/** Links of one kind pair, for every key resolved in the same tick, in one query. */
export function linkLoader(ctx: Context, from: Dim, to: Dim, w: Window, limit: number, source: Source = sourceFor(from, to)) {
  return ctx.loaders.get<string, LinkRow[]>('links', { from, to, w: windowKey(w), limit, source }, async (keys) =>
    byKey(keys, await createLinkRepository(ctx.db).links(from, to, keys, w, limit, source), (r) => r.from_key, (rows) => rows),
  );
}

export function degreeLoader(ctx: Context, kind: Dim, others: Dim[], w: Window) {
  return ctx.loaders.get<string, number>('degrees', { kind, others, w: windowKey(w) }, async (keys) =>
    byKey(keys, await createLinkRepository(ctx.db).degrees(kind, others, keys, w), (r) => r.key, (rows) => rows[0]?.degree ?? 0),
  );
}
