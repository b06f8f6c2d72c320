import { builder } from '../../schema/builder.js';
import { appError, badInput } from '../../schema/errors.js';
import type { Context } from '../../context.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput } from '../../schema/window.js';
import { auditOnly } from './audit.refs.js';
import { createAuditRepository, type AuditRow } from './audit.repository.js';

const Entry = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One write attempt: who, what, on what, and whether it landed.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When (UTC).', resolve: (e) => e.ts }),
    requestId: t.exposeString('request_id', { description: 'The request it came with.' }),
    actor: t.exposeString('actor', { description: 'Who.' }),
    role: t.exposeString('role', { description: 'Their role then.' }),
    action: t.exposeString('action', { description: 'What they did (classify, classify_incident, …).' }),
    targetType: t.exposeString('target_type', { description: 'What kind of thing it was done to.' }),
    target: t.exposeString('target', { description: 'Its key.' }),
    outcome: t.exposeString('outcome', {
      description: 'success, refused (not allowed, or over its budget), invalid (malformed or unknown target) or failed (not stored).',
    }),
    clientIp: t.exposeString('client_ip', { description: 'Where the request came from.' }),
    details: t.exposeString('details', { description: 'What was written.' }),
  }),
});

const Page = builder.objectRef<{ totalCount: number; items: AuditRow[] }>('AuditPage').implement({
  description: 'A page of audit entries, newest first.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Entries matching.' }),
    items: t.field({ type: [Entry], description: 'This page.', resolve: (p) => p.items }),
  }),
});

type SummaryRow = { actor: string; role: string; action: string; outcome: string; n: number; last: string };

const Tally = builder.objectRef<{ key: string; count: number }>('AuditTally').implement({
  description: 'Entries for one value.',
  fields: (t) => ({ key: t.exposeString('key', { description: 'The value.' }), count: t.exposeInt('count', { description: 'Entries.' }) }),
});

const tally = (rows: SummaryRow[], key: (r: SummaryRow) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
  return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count);
};

const Stats = builder.objectRef<{ rows: SummaryRow[] }>('AuditStats').implement({
  description: 'Audit entries counted by outcome, action and actor.',
  fields: (t) => ({
    total: t.int({ description: 'Entries.', resolve: (s) => s.rows.reduce((n, r) => n + r.n, 0) }),
    byOutcome: t.field({ type: [Tally], description: 'Per outcome.', resolve: (s) => tally(s.rows, (r) => r.outcome) }),
    byAction: t.field({ type: [Tally], description: 'Per action.', resolve: (s) => tally(s.rows, (r) => r.action) }),
    byActor: t.field({ type: [Tally], description: 'Per actor.', resolve: (s) => tally(s.rows, (r) => r.actor) }),
  }),
});

const Activity = builder
  .objectRef<{ actor: string; role: string; total: number; refused: number; failed: number; last: string; actions: { key: string; count: number }[] }>(
    'UserActivity',
  )
  .implement({
    description: 'What one user did.',
    fields: (t) => ({
      user: t.exposeString('actor', { description: 'The user.' }),
      role: t.exposeString('role', { description: 'Their role.' }),
      total: t.exposeInt('total', { description: 'Write attempts.' }),
      refused: t.exposeInt('refused', { description: 'Refused attempts.' }),
      failed: t.exposeInt('failed', { description: 'Failed attempts.' }),
      lastActive: t.field({ type: 'DateTime', description: 'Last attempt.', resolve: (a) => a.last }),
      actions: t.field({ type: [Tally], description: 'Attempts per action.', resolve: (a) => a.actions }),
    }),
  });

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 30 days.' }) }));
const summary = async (ctx: Parameters<typeof createAuditRepository>[0], w: Parameters<ReturnType<typeof createAuditRepository>['summary']>[0]) =>
  createAuditRepository(ctx).summary(w);

builder.queryFields((t) => ({
  auditLog: t.field({
    type: Page,
    description: 'Audit entries, newest first, filtered.',
    args: {
      ...windowArg,
      actor: t.arg.string({ required: false, description: 'Only this user.' }),
      action: t.arg.string({ required: false, description: 'Only this action.' }),
      outcome: t.arg.string({ required: false, description: 'success, refused, invalid or failed.' }),
      targetType: t.arg.string({ required: false, description: 'Only this target type.' }),
      target: t.arg.string({ required: false, description: 'Only this target.' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many first.' }),
    },
    resolve: async (_r, args, ctx) => {
      adminOnly(ctx);
      if (args.outcome && !['success', 'refused', 'invalid', 'failed'].includes(args.outcome))
        throw badInput('`outcome` is success, refused, invalid or failed');
      const rows = await createAuditRepository(ctx.db).list(
        args,
        resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now),
        boundFirst(args.first, 50),
        boundOffset(args.offset),
      );
      return { totalCount: (rows[0] as { total?: number } | undefined)?.total ?? 0, items: rows };
    },
  }),
  auditStats: t.field({
    type: Stats,
    description: 'Audit entries counted by outcome, action and actor.',
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      adminOnly(ctx);
      return { rows: await summary(ctx.db, resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now)) };
    },
  }),
  userActivity: t.field({
    type: [Activity],
    description: 'Per-user activity, most active first.',
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      adminOnly(ctx);
      const rows = await summary(ctx.db, resolveWindow(args.window ?? { preset: 'LAST_30D' }, ctx.now));
      const users = new Map<string, SummaryRow[]>();
      for (const r of rows) users.set(r.actor, [...(users.get(r.actor) ?? []), r]);
      return [...users]
        .map(([actor, rs]) => ({
          actor,
          role: rs[0]!.role,
          total: rs.reduce((n, r) => n + r.n, 0),
          refused: rs.filter((r) => r.outcome === 'refused').reduce((n, r) => n + r.n, 0),
          failed: rs.filter((r) => r.outcome === 'failed').reduce((n, r) => n + r.n, 0),
          last: rs
            .map((r) => r.last)
            .sort()
            .at(-1)!,
          actions: tally(rs, (r) => r.action),
        }))
        .sort((a, b) => b.total - a.total);
    },
  }),
}));

const NewEntry = builder.inputType('AuditEntryInput', {
  description: 'An action a client reports for the audit trail.',
  fields: (t) => ({
    action: t.string({ required: true, description: 'What was done (letters, digits and _ - . :, at most 64; e.g. contract.check, ui:export).' }),
    targetType: t.string({ required: false, description: 'What kind of thing it was done to.' }),
    target: t.string({ required: false, description: 'Its key (at most 512 characters).' }),
    details: t.string({ required: false, description: 'Free details (at most 4 000 characters).' }),
  }),
});

/** Who did what, from where: for admins only. */
function adminOnly(ctx: Context) {
  if (ctx.viewer.role !== 'admin') throw appError('FORBIDDEN', 'The audit trail is readable by admins only.');
}

builder.mutationField('recordAuditEntry', (t) =>
  t.field({
    type: 'Boolean',
    description: 'Adds an entry to the audit trail on behalf of the caller (analysts and admins only).',
    args: { input: t.arg({ type: NewEntry, required: true, description: 'The entry.' }) },
    resolve: async (_r, { input }, ctx) => {
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(input.action)) throw badInput('`action` is 1–64 letters, digits, _ - . or :');
      if ((input.target?.length ?? 0) > 512 || (input.details?.length ?? 0) > 4000)
        throw badInput('`target` is at most 512 and `details` at most 4 000 characters');
      await auditOnly(ctx, { action: input.action, targetType: input.targetType ?? '', target: input.target ?? '', details: input.details ?? '' });
      return true;
    },
  }),
);

const ViewerRef = builder.objectRef<{ user: string; role: string; via: string }>('Viewer').implement({
  description: 'Who the API takes the caller to be: the name their writes are audited under.',
  fields: (t) => ({
    user: t.exposeString('user', { description: 'Their user name (`anonymous` when unidentified).' }),
    role: t.exposeString('role', { description: 'viewer, analyst or admin.' }),
    via: t.exposeString('via', {
      description:
        'How the API knows them: local (no sign-in), token (API_TOKENS), proxy (a trusted proxy’s headers), oidc (the identity provider) or anonymous.',
    }),
    canWrite: t.boolean({ description: 'Whether they may write (classify, save, watch, work alerts).', resolve: (v) => v.role !== 'viewer' }),
  }),
});

builder.queryField('viewer', (t) => t.field({ type: ViewerRef, description: 'The caller, as the API identified them.', resolve: (_r, _a, ctx) => ctx.viewer }));
