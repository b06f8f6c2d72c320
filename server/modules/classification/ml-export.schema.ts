import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { ipFeatureProfile } from '../features/features.refs.js';
import { AI_FEATURES } from '../../db/ml-features.js';
import { LabelEnum } from './classification.refs.js';
import { createClassificationRepository, type ClassificationRow } from './classification.repository.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

type Example = ClassificationRow & { window: Window };

const ExampleRef = builder.objectRef<Example>('MlTrainingExample').implement({
  description: 'One labelled IP for the bot-detector: the analyst’s latest verdict and the IP’s mean features.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP, to pivot to.', resolve: (e) => entityParent('IP', e.entity_value, e.window) }),
    address: t.field({ type: 'IPAddress', description: 'The IP, as text.', resolve: (e) => e.entity_value }),
    label: t.exposeString('classification', { description: 'The verdict: legitimate, suspicious or malicious.' }),
    tags: t.exposeStringList('tags', { description: 'Tags attached.' }),
    confidence: t.exposeFloat('confidence', { description: 'The analyst’s confidence, 0–1.' }),
    analyst: t.exposeString('analyst', { description: 'Who decided.' }),
    classifiedAt: t.field({ type: 'DateTime', description: 'When.', resolve: (e) => e.created_at }),
    sessions: t.int({
      description: 'Sessions (IP × JA4 × hour) the features average over; 0 when the IP had no traffic in the window.',
      resolve: async (e, _a, ctx) => (await ipFeatureProfile(ctx, e.entity_value, e.window))?.sessions ?? 0,
    }),
    features: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Feature name → mean value, in `featureNames` order; null when the IP had no traffic in the window.',
      resolve: async (e, _a, ctx) => {
        const p = await ipFeatureProfile(ctx, e.entity_value, e.window);
        return p ? Object.fromEntries(AI_FEATURES.map((f, i) => [f, p.values[i] ?? 0])) : null;
      },
    }),
  }),
});

const ExportRef = builder.objectRef<{ window: Window; totalCount: number; examples: Example[] }>('MlTrainingSet').implement({
  description: 'Labelled IPs with their features, as JSON the bot-detector can retrain on.',
  fields: (t) => ({
    generatedAt: t.field({ type: 'DateTime', description: 'When this export was made.', resolve: (_e, _a, ctx) => ctx.now }),
    since: t.field({ type: 'DateTime', description: 'Decisions and features from…', resolve: (e) => e.window.since }),
    until: t.field({ type: 'DateTime', description: '…until.', resolve: (e) => e.window.until }),
    featureNames: t.stringList({ description: 'The features, in the bot-detector’s order.', resolve: () => [...AI_FEATURES] }),
    totalCount: t.exposeInt('totalCount', { description: 'Labelled IPs matching.' }),
    examples: t.field({ type: [ExampleRef], description: 'This page of examples, newest decision first.', resolve: (e) => e.examples }),
  }),
});

builder.queryField('mlTrainingSet', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN / 2 },
    type: ExportRef,
    description: 'The “export for ML”: every IP classified in the window (its latest verdict) with its mean behavioural features over the same window.',
    args: {
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 30 days.' }),
      label: t.arg({ type: LabelEnum, required: false, description: 'Only this verdict.' }),
      first: t.arg.int({ required: false, description: '1–500, default 500.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many first.' }),
    },
    resolve: async (_r, args, ctx) => {
      const window = resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now);
      const rows = await createClassificationRepository(ctx.db).latestPerIp(args.label, window, boundFirst(args.first, 500), boundOffset(args.offset));
      return { window, totalCount: rows[0]?.total ?? 0, examples: rows.map((r) => ({ ...r, window })) };
    },
  }),
);
