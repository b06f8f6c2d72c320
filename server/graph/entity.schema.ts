import { builder } from '../schema/builder.js';
import {
  bucketSeconds,
  LAYER_MAX_SPAN_MS,
  MAX_SPAN_MS,
  resolveWindow,
  ResolvedWindowRef,
  TimeWindowInput,
  wholeHours,
  type Window,
  type WindowArg,
} from '../schema/window.js';
import { inLayer } from './graph-layer.repository.js';
import { sourceFor, type Dim } from './columns.sql.js';
import type { Context } from '../context.js';
import { activityLoader, threatLoader, timelineLoader } from './entity.loaders.js';
import { COMPOSITES, compositeActivity, compositeThreats, compositeTimeline } from './entity.composite.js';
import { EntityInterface, EntityTypeEnum, THREAT_LEVELS, ThreatLevelEnum, entityParent, type EntityParent, type ThreatLevel } from './entity.refs.js';
import { parseKey, TYPE_NAME, type EntityKind } from './entity.kinds.js';
import { PREFETCH, prefetchChildren } from '../schema/prefetch.js';
import { badInput } from '../schema/errors.js';

const ThreatLevelCount = builder.objectRef<{ level: ThreatLevel; count: number }>('ThreatLevelCount').implement({
  description: 'How many detections carried one threat level.',
  fields: (t) => ({
    level: t.field({ type: ThreatLevelEnum, resolve: (c) => c.level, description: 'The threat level.' }),
    count: t.exposeInt('count', { description: 'Detections at that level.' }),
  }),
});

const TimelinePoint = builder.objectRef<{ start: string; hits: number; uniqueIps: number }>('TimelinePoint').implement({
  description: 'Activity in one time bucket.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', resolve: (p) => p.start, description: 'Start of the bucket.' }),
    hits: t.exposeFloat('hits', { description: 'Requests in the bucket.' }),
    uniqueIps: t.exposeInt('uniqueIps', { description: 'Distinct source IPs in the bucket.' }),
  }),
});

/**
 * Whether what a field reads of `kind` — its activity, and its links to the kinds `to` — stays in the
 * graph layer (whose daily tables answer windows of up to a year), rather than raw rows (a month).
 */
export const readsLayer = (kind: EntityKind, to: readonly EntityKind[] = []) =>
  !COMPOSITES.has(kind) &&
  inLayer(sourceFor(kind as Dim), kind as Dim) &&
  to.every((t) => t === kind || inLayer(sourceFor(kind as Dim, t as Dim), kind as Dim, t as Dim));

/**
 * A field's window: its own argument, else the one its entity was reached with; whole hours either
 * way. Without `to` the field reads raw rows (at most 31 days); with it, its entity's activity and its
 * links to those kinds, from the layer where it holds them (then up to 365 days).
 */
export const fieldWindow = (ctx: Context, parent: EntityParent, arg: WindowArg | null | undefined, to?: readonly EntityKind[]) =>
  wholeHours(resolveWindow(arg, ctx.now, parent.window, to && readsLayer(parent.kind, to) ? LAYER_MAX_SPAN_MS : MAX_SPAN_MS));

/** The window an entity is reached with: up to a year for the kinds the layer holds. */
export const entityWindow = (ctx: Context, kinds: readonly EntityKind[], arg: WindowArg | null | undefined) =>
  wholeHours(resolveWindow(arg, ctx.now, undefined, kinds.every((k) => readsLayer(k)) ? LAYER_MAX_SPAN_MS : MAX_SPAN_MS));

const membersOf = (ctx: Context, p: EntityParent, w: Window) => COMPOSITES.get(p.kind)?.(ctx, p.key, w);

async function activity(ctx: Context, p: EntityParent, w: Window) {
  const members = await membersOf(ctx, p, w);
  return members ? compositeActivity(ctx, members, w) : activityLoader(ctx, p.kind, w).load(p.key);
}

async function threats(ctx: Context, p: EntityParent, w: Window) {
  const members = await membersOf(ctx, p, w);
  return members ? compositeThreats(ctx, members, w) : threatLoader(ctx, p.kind, w).load(p.key);
}

EntityInterface.implement({
  description:
    'Anything an analyst can pivot on. Activity fields cover a time window: the one given to the field, else the one the entity was reached with, widened to the whole UTC hours that cover it (the graph layer is hourly; `window` says which).',
  resolveType: (p) => TYPE_NAME[p.kind],
  fields: (t) => {
    const windowArgs = () => ({
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the entity was reached with.' }),
    });
    return {
      type: t.field({ type: EntityTypeEnum, description: 'The kind of entity.', resolve: (p) => p.kind }),
      key: t.string({ description: 'The natural key: an address, fingerprint, AS number, host name, country code, …', resolve: (p) => p.key }),
      window: t.field({
        type: ResolvedWindowRef,
        description: 'The window its fields cover by default: the one it was reached with, rounded out to whole UTC hours.',
        resolve: (p) => p.window,
      }),
      firstSeen: t.field({
        extensions: { ...PREFETCH, window: { to: [] } },
        type: 'DateTime',
        nullable: true,
        description: 'First activity in the window (null when none).',
        args: windowArgs(),
        resolve: async (p, a, ctx) => (await activity(ctx, p, fieldWindow(ctx, p, a.window, [])))?.first_seen ?? null,
      }),
      lastSeen: t.field({
        extensions: { ...PREFETCH, window: { to: [] } },
        type: 'DateTime',
        nullable: true,
        description: 'Last activity in the window (null when none).',
        args: windowArgs(),
        resolve: async (p, a, ctx) => (await activity(ctx, p, fieldWindow(ctx, p, a.window, [])))?.last_seen ?? null,
      }),
      hits: t.float({
        extensions: { ...PREFETCH, window: { to: [] } },
        description: 'Requests in the window (for campaigns and detections: requests in the flagged scoring windows).',
        args: windowArgs(),
        resolve: async (p, a, ctx) => (await activity(ctx, p, fieldWindow(ctx, p, a.window, [])))?.hits ?? 0,
      }),
      uniqueIps: t.int({
        extensions: { ...PREFETCH, window: { to: [] } },
        description: 'Distinct source IPs in the window (exact: per-hour sets of addresses merged, never summed or estimated).',
        args: windowArgs(),
        resolve: async (p, a, ctx) => (await activity(ctx, p, fieldWindow(ctx, p, a.window, [])))?.unique_ips ?? 0,
      }),
      detectionCount: t.int({
        extensions: { ...PREFETCH, window: { to: [] } },
        description: 'Detections (flagged scoring windows, both models) in the window.',
        args: windowArgs(),
        resolve: async (p, a, ctx) => (await threats(ctx, p, fieldWindow(ctx, p, a.window, []))).reduce((s, r) => s + r.detections, 0),
      }),
      threatLevels: t.field({
        extensions: { ...PREFETCH, window: { to: [] } },
        type: [ThreatLevelCount],
        description: 'Detections per threat level in the window, most severe first (every level, zeros included).',
        args: windowArgs(),
        resolve: async (p, a, ctx) => {
          const rows = await threats(ctx, p, fieldWindow(ctx, p, a.window, []));
          return THREAT_LEVELS.map((level) => ({ level, count: rows.find((r) => r.threat_level === level)?.detections ?? 0 }));
        },
      }),
      timeline: t.field({
        extensions: { ...PREFETCH, window: { to: [] } },
        type: [TimelinePoint],
        description: 'Requests per time bucket across the window, zero-filled; the bucket (1 hour … 1 week) keeps it within 72 points.',
        args: windowArgs(),
        resolve: async (p, a, ctx) => {
          const w = fieldWindow(ctx, p, a.window, []);
          const bucketS = bucketSeconds(w, 72, 3600);
          const members = await membersOf(ctx, p, w);
          const rows = members ? await compositeTimeline(ctx, members, w, bucketS) : await timelineLoader(ctx, p.kind, w, bucketS).load(p.key);
          return zeroFill(rows, w, bucketS);
        },
      }),
    };
  },
});

function zeroFill(rows: { bucket: string; hits: number; unique_ips: number }[], w: Window, bucketS: number) {
  const step = bucketS * 1000;
  const byStart = new Map(rows.map((r) => [Date.parse(r.bucket), r]));
  const points = [];
  for (let t = Math.floor(w.since.getTime() / step) * step; t < w.until.getTime(); t += step) {
    const r = byStart.get(t);
    points.push({ start: new Date(t).toISOString(), hits: r?.hits ?? 0, uniqueIps: r?.unique_ips ?? 0 });
  }
  return points;
}

/** Entities one `entities` call may ask for: a canvas selection, bounded like a page. */
export const MAX_REFS = 200;

export const EntityRefInput = builder.inputType('EntityRefInput', {
  description: 'One entity by type and natural key.',
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, required: true, description: 'The kind of entity.' }),
    value: t.string({ required: true, description: 'Its key, as for `entity(type:, value:)`.' }),
  }),
});

builder.queryField('entities', (t) =>
  t.field({
    type: [EntityInterface],
    nullable: { list: false, items: true },
    extensions: { window: { root: null }, costPerKey: 0.5 },
    description: `Many entities at once, in the order asked (null where one has no activity in the window): what the explorer expands together. Their fields load in one batch per kind of field, so expanding 50 selected nodes is one request and a handful of queries. At most ${MAX_REFS}; invalid keys are BAD_USER_INPUT.`,
    args: {
      refs: t.arg({ type: [EntityRefInput], required: true, description: `The entities, at most ${MAX_REFS}.` }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window their fields default to (default: last 7 days).' }),
    },
    resolve: (_r, a, ctx, info) => {
      if (a.refs.length > MAX_REFS) throw badInput(`At most ${MAX_REFS} entities per call; ${a.refs.length} were asked.`, { limit: MAX_REFS });
      const w = entityWindow(ctx, [...new Set(a.refs.map((r) => r.type))], a.window);
      return a.refs.map((r) => {
        const key = parseKey(r.type, r.value);
        prefetchChildren(entityParent(r.type, key, w), ctx, info, TYPE_NAME[r.type]);
        return findEntity(ctx, r.type, key, w);
      });
    },
  }),
);

/** How each kind decides that a key exists in a window; modules register theirs. */
export const FINDERS = new Map<EntityKind, (ctx: Context, key: string, w: Window) => Promise<boolean>>();

export async function findEntity(ctx: Context, kind: EntityKind, key: string, window: Window): Promise<EntityParent | null> {
  const w = wholeHours(window);
  const finder = FINDERS.get(kind) ?? (async (c: Context, k: string, win: Window) => Boolean(await activityLoader(c, kind, win).load(k)));
  return (await finder(ctx, key, w)) ? entityParent(kind, key, w) : null;
}

builder.queryField('entity', (t) =>
  t.field({
    type: EntityInterface,
    nullable: true,
    extensions: { window: { root: null } },
    description: 'Any entity by type and natural key; null when it has no activity in the window. Invalid keys are BAD_USER_INPUT.',
    args: {
      type: t.arg({ type: EntityTypeEnum, required: true, description: 'The kind of entity.' }),
      value: t.arg.string({ required: true, description: 'Its key: 203.0.113.7, t13d…, 16276, www.example.com, FR, …' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window its fields default to (default: last 7 days).' }),
    },
    resolve: (_r, a, ctx, info) => {
      const w = entityWindow(ctx, [a.type], a.window);
      const key = parseKey(a.type, a.value);
      prefetchChildren(entityParent(a.type, key, w), ctx, info, TYPE_NAME[a.type]);
      return findEntity(ctx, a.type, key, w);
    },
  }),
);
