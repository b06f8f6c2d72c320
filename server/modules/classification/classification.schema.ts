import { seenLoader } from '../../graph/entity.loaders.js';
import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput } from '../../schema/window.js';
import { EntityInterface, EntityTypeEnum, entityParent } from '../../graph/entity.refs.js';
import { parseKey, type EntityKind, REST_KINDS } from '../../graph/entity.kinds.js';
import { Classification, LabelEnum, storeClassification, TagEnum } from './classification.refs.js';
import { createClassificationRepository, type ClassificationRow } from './classification.repository.js';
import { LABELS, type Label } from './classification.tags.js';

Classification.implement({
  description: 'An analyst’s recorded decision about an entity.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Its id.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was recorded.', resolve: (c) => c.created_at }),
    entityType: t.exposeString('entity_type', { description: 'What was classified (ip, ja4, asn, …, incident).' }),
    value: t.exposeString('entity_value', { description: 'Its key.' }),
    entity: t.field({
      type: EntityInterface,
      nullable: true,
      description: 'The entity, to pivot to (null for incidents and unknown types).',
      resolve: (c, _a, ctx) => {
        const kind = REST_KINDS[c.entity_type];
        return kind ? entityParent(kind, c.entity_value, resolveWindow(null, ctx.now)) : null;
      },
    }),
    label: t.field({
      type: LabelEnum,
      nullable: true,
      description: 'The verdict (null for legacy labels outside the three).',
      resolve: (c) => (LABELS.includes(c.classification as Label) ? (c.classification as Label) : null),
    }),
    rawLabel: t.exposeString('classification', { description: 'The label as stored (legacy clients also wrote “bot”).' }),
    tags: t.exposeStringList('tags', { description: 'Tags attached.' }),
    comment: t.exposeString('comment', { description: 'The analyst’s comment.' }),
    confidence: t.exposeFloat('confidence', { description: 'The analyst’s confidence, 0–1.' }),
    analyst: t.exposeString('analyst', { description: 'Who recorded it.' }),
  }),
});

const ClassifyInput = builder.inputType('ClassifyInput', {
  description: 'A decision about an entity.',
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, required: true, description: 'What is classified.' }),
    value: t.string({ required: true, description: 'Its key (an IP, a JA4, an AS number, …).' }),
    label: t.field({ type: LabelEnum, required: true, description: 'The verdict.' }),
    tags: t.field({ type: [TagEnum], required: false, description: 'Predefined tags.' }),
    comment: t.string({ required: false, description: 'Free comment (at most 2 000 characters).' }),
    confidence: t.float({ required: false, description: 'Confidence 0–1 (default 1).' }),
  }),
});

const List = builder.objectRef<{ totalCount: number; items: ClassificationRow[] }>('ClassificationList').implement({
  description: 'A page of classifications, newest first.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Classifications matching.' }),
    items: t.field({ type: [Classification], description: 'This page.', resolve: (l) => l.items }),
  }),
});

const Count = builder.objectRef<{ value: string; count: number }>('ClassificationCount').implement({
  description: 'How many classifications carry one value.',
  fields: (t) => ({ value: t.exposeString('value', { description: 'The value.' }), count: t.exposeInt('count', { description: 'Classifications.' }) }),
});

const Stats = builder.objectRef<{ rows: { dimension: string; value: string; n: number }[] }>('ClassificationStats').implement({
  description: 'Classifications counted by label, tag, analyst and entity type.',
  fields: (t) => {
    const of = (dimension: string) => (s: { rows: { dimension: string; value: string; n: number }[] }) =>
      s.rows
        .filter((r) => r.dimension === dimension)
        .map((r) => ({ value: r.value, count: r.n }))
        .sort((a, b) => b.count - a.count);
    return {
      total: t.int({ description: 'Classifications.', resolve: (s) => of('label')(s).reduce((n, c) => n + c.count, 0) }),
      byLabel: t.field({ type: [Count], description: 'Per label.', resolve: of('label') }),
      byTag: t.field({ type: [Count], description: 'Per tag.', resolve: of('tag') }),
      byAnalyst: t.field({ type: [Count], description: 'Per analyst.', resolve: of('analyst') }),
      byType: t.field({ type: [Count], description: 'Per entity type.', resolve: of('type') }),
    };
  },
});

builder.mutationField('classify', (t) =>
  t.field({
    type: Classification,
    description: 'Records an analyst’s decision about an entity (analysts and admins only). It is stored with its audit row in one insert, or not at all.',
    args: { input: t.arg({ type: ClassifyInput, required: true, description: 'The decision.' }) },
    resolve: async (_r, { input }, ctx) => {
      const kind = input.type as EntityKind;
      const value = parseKey(kind, input.value);
      return storeClassification(
        ctx,
        {
          entityType: kind.toLowerCase(),
          value,
          srcIp: kind === 'IP' ? value : undefined,
          label: input.label,
          tags: input.tags ?? [],
          comment: input.comment ?? '',
          confidence: input.confidence ?? 1,
        },
        () => seenLoader(ctx, kind).load(value),
      );
    },
  }),
);

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 30 days.' }) }));

builder.queryFields((t) => ({
  classifications: t.field({
    type: List,
    description: 'Recorded classifications, newest first.',
    args: {
      ...windowArg,
      type: t.arg({ type: EntityTypeEnum, required: false, description: 'Only this entity type.' }),
      value: t.arg.string({ required: false, description: 'Only this entity key.' }),
      label: t.arg({ type: LabelEnum, required: false, description: 'Only this verdict.' }),
      analyst: t.arg.string({ required: false, description: 'Only by this analyst.' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many first.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now);
      const rows = await createClassificationRepository(ctx.db).list(
        { entityType: args.type?.toLowerCase(), value: args.value, label: args.label, analyst: args.analyst },
        w,
        boundFirst(args.first, 50),
        boundOffset(args.offset),
      );
      return { totalCount: rows[0]?.total ?? 0, items: rows };
    },
  }),
  classificationStats: t.field({
    type: Stats,
    description: 'Classifications counted by label, tag, analyst and entity type.',
    args: windowArg,
    resolve: async (_r, args, ctx) => ({
      rows: await createClassificationRepository(ctx.db).stats(resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now)),
    }),
  }),
}));
