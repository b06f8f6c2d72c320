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

const row = (ctx: Context, a: WriteAttempt, outcome: 'refused' | 'failed' | 'success', details = a.details ?? '') => ({
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
    ctx.logger.error({ err, attempt }, 'write failed');
    await audit.write(row(ctx, attempt, 'failed')).catch((e: unknown) => ctx.logger.error({ err: e }, 'could not audit a failed write'));
    throw appError('SERVICE_UNAVAILABLE', `The ${attempt.action} could not be stored; nothing was saved. Retry in a moment.`);
  }
}

/** A write that has no data table of its own (an audit entry sent by a client): the audit row is the write. */
export async function auditOnly(ctx: Context, attempt: WriteAttempt) {
  return auditedWrite(ctx, attempt, () => createAuditRepository(ctx.db).write(row(ctx, attempt, 'success')));
}
