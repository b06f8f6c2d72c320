import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { presetWindow } from '../../schema/window.js';
import { EntityInterface, EntityTypeEnum, entityParent, ThreatLevelEnum } from '../../graph/entity.refs.js';
import { EntityRefInput } from '../../graph/entity.schema.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { investigationsById } from '../saved-investigation/saved-investigation.refs.js';
import { createWatchRepository, type WatchRow } from './watch.repository.js';
import { canChange, createWatch, deleteWatch, NAME_MAX, openWatch, updateWatch } from './watch.store.js';
import { LIMITS, type RULE_KINDS, ruleText, type Rule, type RuleInput } from './watch.rules.js';
import { WatchRef, rulesOfRow, utc } from './watch.refs.js';

const RuleKindEnum = builder.enumType('WatchRuleKind', {
  description: 'What a watch waits for.',
  values: {
    RETURNS_AFTER_SILENCE: { description: 'Activity again after `days` days without any.' },
    NEW_NEIGHBOURS: {
      description:
        'A linked entity of kind `neighbour` not seen with it in the `days` days before (new IPs presenting a watched JA4, a new JA4 on a watched IP, a new host hit by a watched AS).',
    },
    DETECTIONS: { description: 'Detections at `level` or above.' },
    VOLUME: { description: 'More than `requestsPerHour` requests in one hour.' },
  } satisfies Record<(typeof RULE_KINDS)[number], { description: string }>,
});

const WatchVisibilityEnum = builder.enumType('WatchVisibility', {
  description: 'Who sees a watch and the alerts it raises.',
  values: {
    PRIVATE: { value: 'private', description: 'Its owner (and admins).' },
    TEAM: { value: 'team', description: 'Everyone on the team; only its owner and admins change it.' },
  } as const,
});

const WatchRuleRef = builder.objectRef<Rule>('WatchRule').implement({
  description: 'One rule of a watch.',
  fields: (t) => ({
    kind: t.field({ type: RuleKindEnum, description: 'What it waits for.', resolve: (r) => r.kind }),
    days: t.int({
      nullable: true,
      description: 'RETURNS_AFTER_SILENCE: days of silence; NEW_NEIGHBOURS: days looked back.',
      resolve: (r) => ('days' in r ? r.days : null),
    }),
    neighbour: t.field({
      type: EntityTypeEnum,
      nullable: true,
      description: 'NEW_NEIGHBOURS: the kind of linked entity.',
      resolve: (r) => (r.kind === 'NEW_NEIGHBOURS' ? (r.neighbour as EntityKind) : null),
    }),
    level: t.field({
      type: ThreatLevelEnum,
      nullable: true,
      description: 'DETECTIONS: the lowest level.',
      resolve: (r) => (r.kind === 'DETECTIONS' ? r.level : null),
    }),
    requestsPerHour: t.float({
      nullable: true,
      description: 'VOLUME: the hourly threshold.',
      resolve: (r) => (r.kind === 'VOLUME' ? r.requestsPerHour : null),
    }),
    text: t.string({ description: 'The rule in words.', resolve: ruleText }),
  }),
});

const RuleInputRef = builder.inputType('WatchRuleInput', {
  description: 'One rule. Each kind reads its own fields; the others are ignored.',
  fields: (t) => ({
    kind: t.field({ type: RuleKindEnum, required: true, description: 'What to wait for.' }),
    days: t.int({
      required: false,
      description: `RETURNS_AFTER_SILENCE: days without activity (1–${LIMITS.silenceDays}, needed). NEW_NEIGHBOURS: days looked back for the neighbour (1–${LIMITS.lookbackDays}, default 30).`,
    }),
    neighbour: t.field({ type: EntityTypeEnum, required: false, description: 'NEW_NEIGHBOURS: the kind of linked entity (needed).' }),
    level: t.field({ type: ThreatLevelEnum, required: false, description: 'DETECTIONS: the lowest level, CRITICAL to LOW (needed).' }),
    requestsPerHour: t.float({ required: false, description: 'VOLUME: the hourly threshold (needed).' }),
  }),
});

const WATCH_WINDOW = 'LAST_7D' as const;

WatchRef.implement({
  description:
    'A watch on an entity, or on every entity of a saved investigation: its rules are evaluated every minute against the graph layer, and each rule that fires raises one alert per entity and episode.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its UUID.' }),
    version: t.float({
      description: 'Version of this state; give it back on a change to be refused (CONFLICT) if it changed since.',
      resolve: (w) => w.version,
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    entity: t.field({
      type: EntityInterface,
      nullable: true,
      description: 'The entity watched (over the last 7 days); null for a watch on an investigation.',
      resolve: (w, _a, ctx) =>
        w.target_type === 'INVESTIGATION' ? null : entityParent(w.target_type as EntityKind, w.target, presetWindow(WATCH_WINDOW, ctx.now)),
    }),
    investigationId: t.string({
      nullable: true,
      description: 'The saved investigation watched (all its entities); null for a watch on one entity.',
      resolve: (w) => (w.target_type === 'INVESTIGATION' ? w.target : null),
    }),
    investigationName: t.string({
      nullable: true,
      description: 'That investigation’s name (null when deleted).',
      resolve: async (w, _a, ctx) =>
        w.target_type === 'INVESTIGATION'
          ? ((await ctx.loaders
              .get<string, string | null>('watch.investigationName', {}, async (ids) => {
                const found = await investigationsById(ctx.db, ids);
                return ids.map((id) => found.get(id)?.name ?? null);
              })
              .load(w.target)) ?? null)
          : null,
    }),
    rules: t.field({ type: [WatchRuleRef], description: 'Its rules.', resolve: rulesOfRow }),
    owner: t.exposeString('owner', { description: 'Who created it.' }),
    visibility: t.field({ type: WatchVisibilityEnum, description: 'Who sees it and its alerts.', resolve: (w) => w.visibility }),
    mutedUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Raises no alert until then; null when not muted.',
      resolve: (w) => (utc(w.muted_until).getTime() > Date.now() ? utc(w.muted_until) : null),
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created: it alerts on activity from that hour on.', resolve: (w) => utc(w.created_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (w) => utc(w.updated_at) }),
    canEdit: t.boolean({ description: 'Whether the caller may change, mute or delete it.', resolve: (w, _a, ctx) => canChange(ctx, w) }),
  }),
});

const WatchList = builder.objectRef<{ items: WatchRow[]; total: number }>('WatchList').implement({
  description: 'A page of watches, most recently changed first.',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many match.', resolve: (l) => l.total }),
    items: t.field({ type: [WatchRef], description: 'This page.', resolve: (l) => l.items }),
  }),
});

builder.queryFields((t) => ({
  watch: t.field({
    type: WatchRef,
    description: 'A watch by id. NOT_FOUND when it does not exist or is someone else’s private watch.',
    args: { id: t.arg.id({ required: true, description: 'Its UUID.' }) },
    resolve: (_r, a, ctx) => openWatch(ctx, String(a.id)),
  }),
  watches: t.field({
    type: WatchList,
    description: 'The watches the caller sees (their own and the team’s; admins all), most recently changed first.',
    args: {
      entity: t.arg({ type: EntityRefInput, required: false, description: 'Only the watches on this entity.' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many.' }),
    },
    resolve: async (_r, a, ctx) => {
      const target = a.entity ? { type: a.entity.type, value: parseKey(a.entity.type, a.entity.value) } : undefined;
      const rows = await createWatchRepository(ctx.db).list(
        { user: ctx.viewer.user, anyOwner: ctx.viewer.role === 'admin', target },
        boundFirst(a.first, 50),
        boundOffset(a.offset),
      );
      return { items: rows, total: Number(rows[0]?.total ?? 0) };
    },
  }),
}));

const NewWatch = builder.inputType('WatchInput', {
  description: 'A new watch: on one entity or on a saved investigation, with its rules.',
  fields: (t) => ({
    name: t.string({ required: false, description: `Its name (at most ${NAME_MAX} characters; default: what it watches).` }),
    entity: t.field({ type: EntityRefInput, required: false, description: 'The entity to watch (it must have been seen).' }),
    investigation: t.string({ required: false, description: 'Or: the UUID of a saved investigation to watch (all its entities, as it changes).' }),
    rules: t.field({ type: [RuleInputRef], required: true, description: `Its rules (1 to ${LIMITS.rules}).` }),
    visibility: t.field({ type: WatchVisibilityEnum, required: false, description: 'Default: private.' }),
  }),
});

const WatchChangesRef = builder.inputType('WatchChanges', {
  description: 'What to change; fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'A new name.' }),
    rules: t.field({ type: [RuleInputRef], required: false, description: 'The new rules (replace them).' }),
    visibility: t.field({ type: WatchVisibilityEnum, required: false, description: 'Share with the team, or make private.' }),
    mutedUntil: t.field({ type: 'DateTime', required: false, description: 'Mute until then; null unmutes.' }),
    version: t.float({ required: false, description: 'The version you changed: CONFLICT if it changed since.' }),
  }),
});

const rulesIn = (rules: readonly { kind: string }[]) => rules as RuleInput[];

builder.mutationFields((t) => ({
  createWatch: t.field({
    type: WatchRef,
    description: 'Watches an entity or a saved investigation (analysts and admins; audited). Invalid rules are BAD_USER_INPUT, an entity never seen NOT_FOUND.',
    args: { input: t.arg({ type: NewWatch, required: true, description: 'The watch.' }) },
    resolve: (_r, a, ctx) =>
      createWatch(ctx, {
        ...a.input,
        entity: a.input.entity ?? null,
        visibility: a.input.visibility ?? null,
        rules: rulesIn(a.input.rules),
      }),
  }),
  updateWatch: t.field({
    type: WatchRef,
    description: 'Renames, re-rules, shares, mutes or unmutes a watch (its owner and admins; audited).',
    args: {
      id: t.arg.id({ required: true, description: 'Its UUID.' }),
      input: t.arg({ type: WatchChangesRef, required: true, description: 'The changes.' }),
    },
    resolve: (_r, a, ctx) =>
      updateWatch(ctx, String(a.id), {
        name: a.input.name,
        rules: a.input.rules ? rulesIn(a.input.rules) : null,
        visibility: a.input.visibility,
        mutedUntil: 'mutedUntil' in a.input ? (a.input.mutedUntil ?? null) : undefined,
        version: a.input.version,
      }),
  }),
  deleteWatch: t.field({
    type: WatchRef,
    description: 'Stops a watch (its owner and admins; audited). Its alerts stay.',
    args: { id: t.arg.id({ required: true, description: 'Its UUID.' }) },
    resolve: (_r, a, ctx) => deleteWatch(ctx, String(a.id)),
  }),
}));
