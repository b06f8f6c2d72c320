import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { boundFirst } from '../../schema/paging.js';
import { entityParent } from '../../graph/entity.refs.js';
import { createFeaturesRepository, type ProfileRow } from './features.repository.js';
import { AI_FEATURES, RADAR_FEATURES, type AiFeature } from '../../db/ml-features.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const FeatureMean = builder.objectRef<{ feature: string; value: number }>('FeatureMean').implement({
  description: 'One feature’s value in a profile (a mean, or a variance).',
  fields: (t) => ({
    feature: t.exposeString('feature', { description: 'The feature.' }),
    value: t.exposeFloat('value', { description: 'Its value.' }),
    onRadar: t.boolean({
      description: 'Whether the behaviour radar draws it: the eight rates and ratios, not the header count, port density, JA4 count or UA rotation flag.',
      resolve: (f) => RADAR_FEATURES.includes(f.feature as AiFeature),
    }),
  }),
});

export const Profile = builder.objectRef<ProfileRow>('FeatureProfile').implement({
  description: 'Mean behavioural features of a population of sessions (IP × JA4 × hour).',
  fields: (t) => ({
    sessions: t.exposeInt('sessions', { description: 'Sessions averaged.' }),
    hits: t.exposeFloat('hits', { description: 'Their requests.' }),
    features: t.field({
      type: [FeatureMean],
      description: 'Mean of each feature.',
      resolve: (p) => AI_FEATURES.map((feature, i) => ({ feature, value: p.values[i] ?? 0 })),
    }),
  }),
});

const AiFeatureEnum = builder.enumType('AiFeature', {
  description: 'A behavioural feature of the bot-detector.',
  values: Object.fromEntries(AI_FEATURES.map((f) => [f.toUpperCase(), { value: f, description: `The ${f} feature.` }])) as Record<
    string,
    { value: AiFeature; description: string }
  >,
});

const Bucket = builder.objectRef<{ value: number; count: number }>('HistogramBucket').implement({
  description: 'Sessions whose feature rounds to one value.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The value (rounded to 2 decimals).' }),
    count: t.exposeInt('count', { description: 'Sessions.' }),
  }),
});

const ScoreBucket = builder.objectRef<{ from: number; to: number; model: string; count: number }>('ScoreBucket').implement({
  description: 'Scored windows whose anomaly score falls in [from, to), for one model.',
  fields: (t) => ({
    from: t.exposeFloat('from', { description: 'Lower bound.' }),
    to: t.exposeFloat('to', { description: 'Upper bound (exclusive).' }),
    model: t.exposeString('model', { description: 'The model.' }),
    count: t.exposeInt('count', { description: 'Scored windows.' }),
  }),
});

const TrendPoint = builder.objectRef<{ hour: string; model: string; avg: number; p95: number; max: number; n: number }>('ScoreTrendPoint').implement({
  description: 'Anomaly scores of one model in one hour.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', description: 'Start of the hour.', resolve: (p) => p.hour }),
    model: t.exposeString('model', { description: 'The model.' }),
    average: t.exposeFloat('avg', { description: 'Mean score.' }),
    p95: t.exposeFloat('p95', { description: '95th percentile.' }),
    max: t.exposeFloat('max', { description: 'Highest score.' }),
    windows: t.exposeInt('n', { description: 'Windows scored.' }),
  }),
});

export const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));
const repo = (db: Parameters<typeof createFeaturesRepository>[0]) => createFeaturesRepository(db);

const SessionPoint = builder
  .objectRef<{ ip: string; ja4: string; asn_label: string; bot_name: string; hits: number; v: number[]; window: Window }>('SessionPoint')
  .implement({
    description: 'One session (IP × JA4 × hour) and its features: a point of a scatter plot.',
    fields: (t) => ({
      ip: t.field({ type: IPRef, description: 'The IP.', resolve: (p) => entityParent('IP', p.ip, p.window) }),
      ja4: t.exposeString('ja4', { description: 'The JA4.' }),
      asnLabel: t.exposeString('asn_label', { description: 'Kind of network.' }),
      botName: t.exposeString('bot_name', { description: 'Known bot name, if any.' }),
      hits: t.exposeFloat('hits', { description: 'Requests in the session.' }),
      features: t.field({
        type: [FeatureMean],
        description: 'Its features.',
        resolve: (p) => AI_FEATURES.map((feature, i) => ({ feature, value: p.v[i] ?? 0 })),
      }),
    }),
  });

builder.queryFields((t) => ({
  featureSessions: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [SessionPoint],
    description: 'The busiest sessions with their features (scatter plots).',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 500.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await repo(ctx.db).top(w, boundFirst(args.first, 500))).map((p) => ({ ...p, window: w }));
    },
  }),
  featureProfile: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: Profile,
    description:
      'Mean features of the sessions from networks with these AS labels (e.g. ["isp"] for the human baseline, ["hosting", "datacenter"] for bots); all sessions when omitted.',
    args: {
      ...windowArg,
      asnLabels: t.arg.stringList({ required: false, description: 'isp, mobile, hosting, datacenter, search_engine.' }),
      perIpHour: t.arg.boolean({ required: false, description: 'Average per IP × hour (the thesis view) instead of per IP × JA4 × hour.' }),
    },
    resolve: (_r, args, ctx) => repo(ctx.db).profile(resolveWindow(args.window, ctx.now), args.asnLabels ?? [], args.perIpHour ?? false),
  }),
  featureVariance: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [FeatureMean],
    description: 'Population variance of each feature, largest first (which features tell sessions apart).',
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      const v = await repo(ctx.db).variance(resolveWindow(args.window, ctx.now));
      return AI_FEATURES.map((feature, i) => ({ feature, value: v[i] ?? 0 })).sort((a, b) => b.value - a.value);
    },
  }),
  featureHistogram: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [Bucket],
    description: 'How a feature is distributed over sessions.',
    args: { ...windowArg, feature: t.arg({ type: AiFeatureEnum, required: true, description: 'The feature.' }) },
    resolve: async (_r, args, ctx) =>
      (await repo(ctx.db).histogram(args.feature as AiFeature, resolveWindow(args.window, ctx.now))).map((b) => ({ value: b.bucket, count: b.n })),
  }),
  scoreDistribution: t.field({
    extensions: { cost: COST.DETECTIONS_SCAN },
    type: [ScoreBucket],
    description: 'Histogram of anomaly scores per model.',
    args: { ...windowArg, bucketWidth: t.arg.float({ required: false, description: 'Bucket width, 0.01–0.5 (default 0.05).' }) },
    resolve: async (_r, args, ctx) => {
      const step = args.bucketWidth ?? 0.05;
      if (step < 0.01 || step > 0.5) throw badInput('`bucketWidth` must be between 0.01 and 0.5');
      return (await repo(ctx.db).scoreHistogram(resolveWindow(args.window, ctx.now), step)).map((b) => ({
        from: Math.round(b.bucket * 1000) / 1000,
        to: Math.round((b.bucket + step) * 1000) / 1000,
        model: b.model,
        count: b.n,
      }));
    },
  }),
  scoreTrends: t.field({
    extensions: { cost: COST.DETECTIONS_SCAN },
    type: [TrendPoint],
    description: 'Hourly anomaly-score statistics per model.',
    args: windowArg,
    resolve: (_r, args, ctx) => repo(ctx.db).scoreTrend(resolveWindow(args.window, ctx.now)),
  }),
}));
