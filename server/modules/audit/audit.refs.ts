import type { Context } from '../../context.js';
import { appError } from '../../schema/errors.js';
import { canWrite } from '../../auth.js';
import { createAuditRepository } from './audit.repository.js';

export interface WriteAttempt {
  action: string;
  targetType: string;
  target: string;
  details?: string;
}

const row = (ctx: Context, a: WriteAttempt, outcome: 'refused' | 'failed' | 'success' | 'invalid', details = a.details ?? '') => ({
  request_id: ctx.requestId,
  actor: ctx.viewer.user,
  role: ctx.viewer.role,
  action: a.action,
  target_type: a.targetType,
  target: a.target,
  outcome,
  client_ip: ctx.clientIp,
  details,
});

/**
 * Runs a write on behalf of the caller. A viewer is refused; a refusal and a failure are
 * audited here (they store no data). A successful write audits itself: its own insert carries
 * the caller, and a materialized view derives the audit row in the same insert.
 */
export async function auditedWrite<T>(ctx: Context, attempt: WriteAttempt, write: () => Promise<T>): Promise<T> {
  const audit = createAuditRepository(ctx.db);
  if (!canWrite(ctx.viewer)) {
    await audit.write(row(ctx, attempt, 'refused', `role ${ctx.viewer.role} cannot write`));
    throw appError('FORBIDDEN', `${ctx.viewer.user} (${ctx.viewer.role}) may not ${attempt.action}; analysts and admins may.`);
  }
  try {
    return await write();
  } catch (err) {
    // a decision turned down on its merits (an unknown target) says so; its audit row is written by the caller's hook
    if ((err as { extensions?: { code?: unknown } }).extensions?.code) throw err;
    ctx.logger.error({ err, attempt }, 'write failed');
    await audit.write(row(ctx, attempt, 'failed')).catch((e: unknown) => ctx.logger.error({ err: e }, 'could not audit a failed write'));
    throw appError('SERVICE_UNAVAILABLE', `The ${attempt.action} could not be stored; nothing was saved. Retry in a moment.`);
  }
}

/**
 * Turns down a write the caller's role allows but the target does not (someone else's private
 * investigation): audited as refused here, since the error carries no data for the hook to store.
 */
export async function refuseWrite(ctx: Context, attempt: WriteAttempt, why: string): Promise<never> {
  await createAuditRepository(ctx.db).write(row(ctx, attempt, 'refused', why));
  throw appError('FORBIDDEN', why);
}

/** A write that has no data table of its own (an audit entry sent by a client): the audit row is the write. */
export async function auditOnly(ctx: Context, attempt: WriteAttempt) {
  return auditedWrite(ctx, attempt, () => createAuditRepository(ctx.db).write(row(ctx, attempt, 'success')));
}

/** Mutation fields and the action their audit rows name. */
const ACTIONS: Record<string, string> = {
  classify: 'classify',
  classifyIncident: 'classify_incident',
  recordAuditEntry: 'record_audit_entry',
  createInvestigation: 'create_investigation',
  updateInvestigation: 'update_investigation',
  duplicateInvestigation: 'duplicate_investigation',
  deleteInvestigation: 'delete_investigation',
  restoreInvestigation: 'restore_investigation',
  publishInvestigation: 'publish_investigation',
  addInvestigationNote: 'add_investigation_note',
  updateInvestigationNote: 'update_investigation_note',
  deleteInvestigationNote: 'delete_investigation_note',
  createWatch: 'create_watch',
  updateWatch: 'update_watch',
  deleteWatch: 'delete_watch',
  acknowledgeAlert: 'acknowledge_alert',
  closeAlert: 'close_alert',
  reopenAlert: 'reopen_alert',
  assignAlert: 'assign_alert',
  commentOnAlert: 'comment_alert',
  createWebhook: 'create_webhook',
  updateWebhook: 'update_webhook',
  deleteWebhook: 'delete_webhook',
  testWebhook: 'test_webhook',
};

/** Mutation fields on watches, alerts and webhooks: their target is `id`, of that type. */
const TARGET_TYPES: Record<string, string> = Object.fromEntries(
  Object.keys(ACTIONS).flatMap((f) => (/Watch$/.test(f) ? [[f, 'watch']] : /Alert$/.test(f) ? [[f, 'alert']] : /Webhook$/.test(f) ? [[f, 'webhook']] : [])),
);

/** Mutation fields whose target is an investigation, however their variables name it. */
const INVESTIGATION_WRITES = new Set(Object.keys(ACTIONS).filter((f) => f.includes('Investigation')));

const INVALID = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST', 'CONFLICT']);

type ErrorLike = { message: string; extensions?: Record<string, unknown> };

/** The audit row's target of one mutation field, from its own arguments. */
function targetOf(field: string, args: Record<string, unknown>) {
  const input = (typeof args.input === 'object' && args.input ? args.input : {}) as Record<string, unknown>;
  const investigation = INVESTIGATION_WRITES.has(field);
  if (TARGET_TYPES[field])
    return { action: ACTIONS[field]!, targetType: TARGET_TYPES[field]!, target: (typeof args.id === 'string' ? args.id : '').slice(0, 512) };
  const target = investigation ? args.id : [input.value, args.id, input.target].find((x) => typeof x === 'string');
  const targetType = investigation
    ? 'investigation'
    : ([input.type, input.targetType].find((x) => typeof x === 'string') ?? (field === 'classifyIncident' ? 'incident' : ''));
  return { action: ACTIONS[field] ?? field, targetType: String(targetType).toLowerCase(), target: (typeof target === 'string' ? target : '').slice(0, 512) };
}

const outcomeOf = (error: ErrorLike) => {
  const code = String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED');
  return code === 'RATE_LIMITED' ? 'refused' : INVALID.has(code) ? 'invalid' : undefined;
};

/**
 * A write turned down on its merits while it ran — malformed input, an unknown target, a stale
 * version, over its budget — leaves its audit row, for that field, with that field's target and error.
 * Writes refused for the caller's role, and failures, are audited where they happen.
 */
export async function auditFieldError(ctx: Context, field: string, args: Record<string, unknown>, error: ErrorLike) {
  const outcome = outcomeOf(error);
  if (!outcome) return;
  await createAuditRepository(ctx.db)
    .write(row(ctx, targetOf(field, args), outcome, error.message.slice(0, 1000)))
    .catch((e: unknown) => ctx.logger.error({ err: e }, 'could not audit a rejected write'));
}

/**
 * A write document turned down before any of its fields ran (invalid, over its limits, rate
 * limited): one row per mutation field it asked for, each with its own target, all with the reason.
 */
export async function auditRejectedWrite(ctx: Context, write: { fields: { name: string; args: Record<string, unknown> }[]; errors: readonly ErrorLike[] }) {
  const error = write.errors.find(outcomeOf);
  if (!error) return;
  const outcome = outcomeOf(error)!;
  const audit = createAuditRepository(ctx.db);
  await Promise.all(
    write.fields.map((f) =>
      audit
        .write(row(ctx, targetOf(f.name, f.args), outcome, error.message.slice(0, 1000)))
        .catch((e: unknown) => ctx.logger.error({ err: e }, 'could not audit a rejected write')),
    ),
  );
}

/** The caller's stamp on a versioned write: the table's audit view derives the audit row from it. */
export const writeStamp = (ctx: Context, action: string, details: string) => ({
  actor: ctx.viewer.user,
  role: ctx.viewer.role,
  request_id: ctx.requestId,
  client_ip: ctx.clientIp,
  action,
  details: details.slice(0, 1000),
});
