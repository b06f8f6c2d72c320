import { builder } from '../../schema/builder.js';
import { connection, toPage } from '../../schema/paging.js';
import { pageArgs, resolveWindow, TimeWindowInput, wholeHours, type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { defineEntityNode, defineRootLookup } from '../../graph/entity.node.js';
import { entityParent, type EntityParent } from '../../graph/entity.refs.js';
import { COMPOSITES } from '../../graph/entity.composite.js';
import { FINDERS } from '../../graph/entity.schema.js';
import { activityLoader } from '../../graph/entity.loaders.js';
import { cacheStatus, clusteringFor, FEATURE_NAMES, TTL_MS, type CacheState } from './cluster.cache.js';
import { ClusterRef, IPConnection, IPRef } from '../../graph/entity.types.js';
import { CLUSTERING_COST } from '../../graphql/cost.js';

/**
 * A clustering is priced when it is computed, not when it is asked for: a cached window costs its
 * fields, a new one also CLUSTERING_COST (K-Means and PCA over every scored IP, ~0.5 s of a core).
 */
const resultFor = (ctx: Context, w: Window) =>
  clusteringFor(ctx.db, w, ctx.config.limits, () => ctx.charge?.(CLUSTERING_COST, 'A new clustering of this window'));
const membersOf = async (ctx: Context, key: string, w: Window) => (await resultFor(ctx, w)).members[Number(key)];

COMPOSITES.set('CLUSTER', async (ctx, key, w) => (await membersOf(ctx, key, w)) ?? []);
FINDERS.set('CLUSTER', async (ctx, key, w) => Number(key) < (await resultFor(ctx, w)).k);

interface FeatureValue {
  feature: string;
  value: number;
  zScore: number;
}

const FeatureValueRef = builder.objectRef<FeatureValue>('FeatureValue').implement({
  description: 'One feature of a centroid.',
  fields: (t) => ({
    feature: t.exposeString('feature', { description: 'The feature (hit_velocity, post_ratio, …).' }),
    value: t.exposeFloat('value', { description: 'Its value, in the feature’s own unit.' }),
    zScore: t.exposeFloat('zScore', { description: 'Standard deviations from the mean of all clustered IPs.' }),
  }),
});

async function centroid(ctx: Context, p: EntityParent): Promise<FeatureValue[]> {
  const r = await resultFor(ctx, p.window);
  const z = r.centroids[Number(p.key)] ?? [];
  return FEATURE_NAMES.map((feature, j) => ({ feature, zScore: z[j] ?? 0, value: (z[j] ?? 0) * r.stds[j]! + r.means[j]! }));
}

const PointRef = builder.objectRef<{ ip: string; x: number; y: number; hits: number; window: Window }>('ClusterPoint').implement({
  description: 'A member IP placed on the plane of the first two principal components of the clustered features.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (p) => entityParent('IP', p.ip, p.window) }),
    x: t.exposeFloat('x', { description: 'First principal component.' }),
    y: t.exposeFloat('y', { description: 'Second principal component.' }),
    hits: t.exposeFloat('hits', { description: 'Its requests in the scored windows (for the marker size).' }),
  }),
});

defineEntityNode('CLUSTER', ClusterRef, 'A K-Means cluster of IPs with similar behaviour (standardized ML features) in a window.', (t) => ({
  clusterId: t.string({ description: 'Its index within the clustering of the window (ids change when the clustering is recomputed).', resolve: (p) => p.key }),
  size: t.int({ description: 'Member IPs.', resolve: async (p, _a, ctx) => (await membersOf(ctx, p.key, p.window))?.length ?? 0 }),
  centroid: t.field({ type: [FeatureValueRef], description: 'The centroid, feature by feature.', resolve: (p, _a, ctx) => centroid(ctx, p) }),
  profile: t.string({
    description: 'The three features that set it apart most, e.g. “high post_ratio (+3.1σ)”.',
    resolve: async (p, _a, ctx) =>
      (await centroid(ctx, p))
        .sort((a, b) => Math.abs(b.zScore) - Math.abs(a.zScore))
        .slice(0, 3)
        .map((f) => `${f.zScore >= 0 ? 'high' : 'low'} ${f.feature} (${f.zScore >= 0 ? '+' : '−'}${Math.abs(f.zScore).toFixed(1)}σ)`)
        .join(', '),
  }),
  points: t.field({
    type: [PointRef],
    description: 'Member IPs as points of a scatter plot (PCA of the standardized features), busiest first.',
    args: { first: t.arg.int({ required: false, description: '1–5 000, default 1 000.' }) },
    resolve: async (p, args, ctx) => {
      const r = await resultFor(ctx, p.window);
      const first = Math.min(5000, Math.max(1, args.first ?? 1000));
      const out = [];
      for (let i = 0; i < r.points.length && out.length < first; i++) {
        if (r.labels[i] !== Number(p.key)) continue;
        out.push({ ip: r.points[i]!.ip, x: r.projection[i]![0]!, y: r.projection[i]![1]!, hits: r.points[i]!.hits, window: p.window });
      }
      return out;
    },
  }),
  ips: t.field({
    type: IPConnection,
    description: 'Member IPs, busiest first.',
    args: pageArgs,
    resolve: async (p, args, ctx) => {
      const page = toPage(args);
      const members = (await membersOf(ctx, p.key, p.window)) ?? [];
      const slice = members.slice(page.offset, page.offset + page.first);
      const rows = await activityLoader(ctx, 'IP', p.window).loadMany(slice);
      return connection(slice, members.length, page, (ip) => {
        const a = rows[slice.indexOf(ip)];
        const act = a && !(a instanceof Error) ? a : undefined;
        return {
          node: entityParent('IP', ip, p.window),
          hits: act?.hits ?? 0,
          uniqueIps: 1,
          firstSeen: act?.first_seen ?? p.window.since.toISOString(),
          lastSeen: act?.last_seen ?? p.window.since.toISOString(),
        };
      });
    },
  }),
}));

defineRootLookup(
  'cluster',
  'CLUSTER',
  ClusterRef,
  { name: 'id', type: 'String', description: 'The cluster id (0, 1, …) in the window’s clustering.' },
  'A behavioural cluster; computes (or reuses) the clustering of the window.',
  // a cached clustering's lookup; a new one is charged CLUSTERING_COST when it starts
  20,
);

const CacheStateEnum = builder.enumType('ClusteringCacheState', {
  description: 'Whether a clustering is ready.',
  values: {
    FRESH: { description: 'Computed and within its time to live.' },
    COMPUTING: { description: 'Being computed now.' },
    EXPIRED: { description: 'Computed, past its time to live: the next read recomputes it.' },
    EMPTY: { description: 'Not computed yet for this window.' },
  } as const,
});

const KScore = builder.objectRef<{ k: number; silhouette: number }>('ClusterCountScore').implement({
  description: 'How well a number of clusters fits the data.',
  fields: (t) => ({
    k: t.exposeInt('k', { description: 'Number of clusters tried.' }),
    silhouette: t.exposeFloat('silhouette', { description: 'Mean silhouette (−1…1, higher is better).' }),
  }),
});

interface StatusShape {
  state: CacheState;
  window: Window;
  result?: Awaited<ReturnType<typeof clusteringFor>>;
}

const Status = builder.objectRef<StatusShape>('ClusteringStatus').implement({
  description: 'The K-Means clustering cache for a window: what is computed, when, and how good it is.',
  fields: (t) => ({
    state: t.field({ type: CacheStateEnum, description: 'Cache state.', resolve: (s) => s.state }),
    ttlSeconds: t.int({ description: 'How long a clustering is reused.', resolve: () => TTL_MS / 1000 }),
    computedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was computed.', resolve: (s) => s.result?.computedAt ?? null }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, description: 'When it will be recomputed.', resolve: (s) => s.result?.expiresAt ?? null }),
    durationMs: t.int({ nullable: true, description: 'How long computing it took.', resolve: (s) => s.result?.durationMs ?? null }),
    points: t.int({ description: 'IPs clustered.', resolve: (s) => s.result?.points.length ?? 0 }),
    k: t.int({ description: 'Clusters chosen.', resolve: (s) => s.result?.k ?? 0 }),
    silhouette: t.float({ nullable: true, description: 'Silhouette of the chosen k.', resolve: (s) => s.result?.silhouette ?? null }),
    tried: t.field({ type: [KScore], description: 'Every k tried, with its silhouette.', resolve: (s) => s.result?.tried ?? [] }),
    features: t.stringList({ description: 'Features clustered (z-scored).', resolve: () => [...FEATURE_NAMES] }),
    explainedVariance: t.floatList({
      description: 'Variance explained by the two components the points are drawn on.',
      resolve: (s) => s.result?.explained ?? [],
    }),
  }),
});

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));

builder.queryField('clusteringStatus', (t) =>
  t.field({
    extensions: { cost: 0 },
    type: Status,
    description: 'The state of the clustering cache for a window (does not start a computation).',
    args: windowArg,
    resolve: (_r, args, ctx) => {
      const w = wholeHours(resolveWindow(args.window, ctx.now));
      return { ...cacheStatus(ctx.db, w), window: w };
    },
  }),
);

builder.queryField('clusters', (t) =>
  t.field({
    extensions: { cost: 20 },
    type: [ClusterRef],
    description: 'The behavioural clusters of the window, largest first; computes the clustering when it is not cached.',
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      const w = wholeHours(resolveWindow(args.window, ctx.now));
      const r = await resultFor(ctx, w);
      return r.members
        .map((m, i) => ({ i, size: m.length }))
        .sort((a, b) => b.size - a.size)
        .map(({ i }) => entityParent('CLUSTER', String(i), w));
    },
  }),
);

export const clusterOfIp = async (ctx: Context, ip: string, w: Window) => (await resultFor(ctx, w)).byIp.get(ip);
