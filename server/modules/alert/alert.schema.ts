import { builder } from '../../schema/builder.js';
import { appError, uuidOf } from '../../schema/errors.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { EntityInterface, entityParent } from '../../graph/entity.refs.js';
import { EntityRefInput } from '../../graph/entity.schema.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { WatchRef, watchesById, type WatchRow } from '../watch/watch.refs.js';
import { createAlertRepository, type AlertRow, type AlertState, type CommentRow } from './alert.repository.js';
import { assignAlert, canSeeAlert, COMMENT_MAX, commentOnAlert, mayRunEvaluation, openAlert, setAlertState } from './alert.store.js';
import { alertStream } from './alert.feed.js';
import { runEvaluation } from './alert.scheduler.js';
import type { Evidence, RunResult } from './alert.evaluate.js';

const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
const HOUR = 3_600_000;

const AlertStateEnum = builder.enumType('AlertState', {
  description: 'Where an alert stands.',
  values: {
    NEW: { value: 'new', description: 'Raised, nobody has looked yet.' },
    ACKNOWLEDGED: { value: 'acknowledged', description: 'Someone is on it.' },
    CLOSED: { value: 'closed', description: 'Dealt with. Its episode does not raise it again; a later episode raises a new alert.' },
  } as const,
});

const CommentRef = builder.objectRef<CommentRow>('AlertComment').implement({
  description: 'An analyst’s comment on an alert.',
  fields: (t) => ({
    id: t.string({ description: 'Its id.', resolve: (c) => c.comment_id }),
    text: t.exposeString('text', { description: 'Markdown.' }),
    author: t.exposeString('author', { description: 'Who wrote it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When.', resolve: (c) => utc(c.created_at) }),
  }),
});

/** The window an alert's entities are shown over: the day before its episode to its last hour. */
const windowOf = (a: AlertRow) => ({ since: new Date(utc(a.episode_start).getTime() - 24 * HOUR), until: new Date(utc(a.last_hour).getTime() + HOUR) });

export const AlertRef = builder.objectRef<AlertRow>('Alert').implement({
  description:
    'A watch’s rule firing on one entity for one episode: raised once (by whichever server instance evaluated first), extended while the episode lasts, then worked through its states. Every change is audited.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id: the same watch, rule, entity and first hour always give the same id.' }),
    version: t.float({
      description: 'Version of this state; give it back on a change to be refused (CONFLICT) if it changed since.',
      resolve: (a) => a.version,
    }),
    title: t.exposeString('title', { description: 'What happened, in a line.' }),
    rule: t.exposeString('rule', { description: 'The rule that fired, as `KIND:parameters` (e.g. `NEW_NEIGHBOURS:IP:30`).' }),
    entity: t.field({
      type: EntityInterface,
      description: 'The entity it fired on, over the day before the episode to its last hour.',
      resolve: (a) => entityParent(a.entity_type as EntityKind, a.entity_value, windowOf(a)),
    }),
    watch: t.field({
      type: WatchRef,
      nullable: true,
      description: 'The watch that raised it (null once deleted).',
      resolve: async (a, _x, ctx) => {
        const w = await ctx.loaders
          .get<string, WatchRow | undefined>('alert.watch', {}, async (ids) => {
            const rows = await watchesById(ctx.db, ids);
            return ids.map((id) => rows.find((r) => r.id === id));
          })
          .load(a.watch_id);
        return w && !w.deleted ? w : null;
      },
    }),
    watchName: t.string({ description: 'The watch’s name when it raised it.', resolve: (a) => a.watch_name }),
    state: t.field({ type: AlertStateEnum, description: 'Where it stands.', resolve: (a) => a.state }),
    assignee: t.string({ nullable: true, description: 'Who is on it.', resolve: (a) => a.assignee || null }),
    episodeStart: t.field({ type: 'DateTime', description: 'The first hour of its episode.', resolve: (a) => utc(a.episode_start) }),
    lastHour: t.field({ type: 'DateTime', description: 'The latest hour its rule fired in this episode.', resolve: (a) => utc(a.last_hour) }),
    raisedAt: t.field({ type: 'DateTime', description: 'When it was raised.', resolve: (a) => utc(a.raised_at) }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (a) => utc(a.updated_at) }),
    evidence: t.field({
      type: 'JSON',
      description:
        'What fired, as the evaluation saw it: `neighbours` (type, value, firstSeen, requests) and `neighbourCount`; `hours` (hour, requests, detections); or `lastActiveBefore` and `returnedAt`.',
      resolve: (a) => JSON.parse(a.evidence) as unknown,
    }),
    newEntities: t.field({
      type: [EntityInterface],
      description: 'NEW_NEIGHBOURS: the new neighbours as graph nodes (first seen first, at most 500): what the explorer highlights.',
      resolve: (a) => ((JSON.parse(a.evidence) as Evidence).neighbours ?? []).map((n) => entityParent(n.type as EntityKind, n.value, windowOf(a))),
    }),
    comments: t.field({
      type: [CommentRef],
      description: 'Comments, oldest first.',
      resolve: (a, _x, ctx) =>
        ctx.loaders
          .get<string, CommentRow[]>('alert.comments', {}, async (ids) => {
            const rows = await createAlertRepository(ctx.db).commentsOf(ids);
            return ids.map((id) => rows.filter((r) => r.alert_id === id));
          })
          .load(a.id),
    }),
  }),
});

const AlertList = builder.objectRef<{ items: AlertRow[]; total: number; unread: number }>('AlertList').implement({
  description: 'A page of alerts, newest first.',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many match.', resolve: (l) => l.total }),
    newCount: t.int({ description: 'How many of those are NEW: the notification badge.', resolve: (l) => l.unread }),
    items: t.field({ type: [AlertRef], description: 'This page.', resolve: (l) => l.items }),
  }),
});

const ScopeEnum = builder.enumType('AlertScope', {
  description: 'Whose alerts.',
  values: {
    MINE: { value: 'mine', description: 'Raised by the caller’s own watches.' },
    VISIBLE: { value: 'visible', description: 'Every alert the caller may see: their own and the team’s (admins: all).' },
  } as const,
});

const ofScope = (scope: string | null | undefined, user: string) => (a: AlertRow) => scope !== 'mine' || a.owner === user;

builder.queryFields((t) => ({
  alert: t.field({
    type: AlertRef,
    description: 'An alert by id. NOT_FOUND when it does not exist or the caller may not see it.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_r, a, ctx) => openAlert(ctx, String(a.id)),
  }),
  alerts: t.field({
    type: AlertList,
    description: 'The alerts the caller may see, newest first, filtered.',
    args: {
      states: t.arg({ type: [AlertStateEnum], required: false, description: 'Any of these states (default: all).' }),
      scope: t.arg({ type: ScopeEnum, required: false, description: 'Default VISIBLE.' }),
      watch: t.arg.id({ required: false, description: 'Raised by this watch.' }),
      entity: t.arg({ type: EntityRefInput, required: false, description: 'On this entity.' }),
      assignee: t.arg.string({ required: false, description: 'Assigned to this user ("" for nobody).' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many.' }),
    },
    resolve: async (_r, a, ctx) => {
      const admin = ctx.viewer.role === 'admin';
      const rows = await createAlertRepository(ctx.db).list(
        {
          user: ctx.viewer.user,
          anyOwner: admin && a.scope !== 'mine',
          states: (a.states ?? undefined) as AlertState[] | undefined,
          watchId: a.watch ? uuidOf(String(a.watch), 'a watch id') : undefined,
          entity: a.entity ? { type: a.entity.type, value: parseKey(a.entity.type, a.entity.value) } : undefined,
          assignee: a.assignee ?? undefined,
          owner: a.scope === 'mine' ? ctx.viewer.user : undefined,
        },
        boundFirst(a.first, 50),
        boundOffset(a.offset),
      );
      return { items: rows, total: Number(rows[0]?.total ?? 0), unread: Number(rows[0]?.unread ?? 0) };
    },
  }),
}));

const RunRef = builder.objectRef<RunResult>('AlertEvaluation').implement({
  description: 'One evaluation run of every watch.',
  fields: (t) => ({
    since: t.field({ type: 'DateTime', description: 'The first hour read (the watermark).', resolve: (r) => r.since }),
    until: t.field({ type: 'DateTime', description: 'The end of the hours read.', resolve: (r) => r.until }),
    watches: t.int({ description: 'Watches evaluated (muted ones left out).', resolve: (r) => r.watches }),
    entities: t.int({ description: 'Watched entities (an investigation’s count one each).', resolve: (r) => r.keys }),
    raised: t.field({ type: [AlertRef], description: 'Alerts raised by this run.', resolve: (r) => r.raised }),
    extended: t.field({ type: [AlertRef], description: 'Alerts whose episode this run extended.', resolve: (r) => r.extended }),
    statements: t.int({ description: 'ClickHouse statements it took.', resolve: (r) => r.statements }),
    ms: t.float({ description: 'How long it took.', resolve: (r) => Math.round(r.ms) }),
  }),
});

builder.mutationFields((t) => ({
  acknowledgeAlert: t.field({
    type: AlertRef,
    description: 'Marks an alert as being worked on (analysts and admins who may see it; audited).',
    args: {
      id: t.arg.id({ required: true, description: 'Its id.' }),
      version: t.arg.float({ required: false, description: 'The version you saw: CONFLICT if it changed since.' }),
    },
    resolve: (_r, a, ctx) => setAlertState(ctx, String(a.id), 'acknowledged', a.version),
  }),
  closeAlert: t.field({
    type: AlertRef,
    description: 'Closes an alert (audited). Its episode never raises it again.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }), version: t.arg.float({ required: false, description: 'The version you saw.' }) },
    resolve: (_r, a, ctx) => setAlertState(ctx, String(a.id), 'closed', a.version),
  }),
  reopenAlert: t.field({
    type: AlertRef,
    description: 'Sets an alert back to NEW (audited).',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }), version: t.arg.float({ required: false, description: 'The version you saw.' }) },
    resolve: (_r, a, ctx) => setAlertState(ctx, String(a.id), 'new', a.version),
  }),
  assignAlert: t.field({
    type: AlertRef,
    description: 'Assigns an alert to a user, or to nobody with null (audited).',
    args: {
      id: t.arg.id({ required: true, description: 'Its id.' }),
      assignee: t.arg.string({ required: false, description: 'The user; null or "" for nobody.' }),
      version: t.arg.float({ required: false, description: 'The version you saw.' }),
    },
    resolve: (_r, a, ctx) => assignAlert(ctx, String(a.id), a.assignee ?? null, a.version),
  }),
  commentOnAlert: t.field({
    type: CommentRef,
    description: `Adds a comment to an alert (markdown, at most ${COMMENT_MAX} characters; audited).`,
    args: { id: t.arg.id({ required: true, description: 'Its id.' }), text: t.arg.string({ required: true, description: 'The comment.' }) },
    resolve: (_r, a, ctx) => commentOnAlert(ctx, String(a.id), a.text),
  }),
  runAlertEvaluation: t.field({
    type: RunRef,
    description: 'Evaluates every watch now instead of at the next scheduled run (admins). What it raises is delivered as a scheduled run’s would be.',
    resolve: async (_r, _a, ctx) => {
      if (!mayRunEvaluation(ctx)) throw appError('FORBIDDEN', 'Admins run the evaluation by hand; it runs every minute by itself.');
      return runEvaluation(ctx.db, ctx.config, ctx.logger);
    },
  }),
}));

builder.subscriptionField('alertRaised', (t) =>
  t.field({
    type: AlertRef,
    description:
      'Alerts as they are raised or extended, live (server-sent events: `Accept: text/event-stream`), among those the caller may see. The stream ends when the client goes away.',
    args: { scope: t.arg({ type: ScopeEnum, required: false, description: 'Default VISIBLE.' }) },
    subscribe: (_r, a, ctx) => {
      const user = { viewer: ctx.viewer };
      const scoped = ofScope(a.scope, ctx.viewer.user);
      return alertStream((alert) => canSeeAlert(user, alert) && scoped(alert), ctx.signal);
    },
    resolve: (alert: AlertRow) => alert,
  }),
);
