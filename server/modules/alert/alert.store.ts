import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { canWrite } from '../../auth.js';
import { appError, badInput } from '../../schema/errors.js';
import { chTime } from '../../db/versioned.js';
import { auditedWrite, writeStamp, type WriteAttempt } from '../audit/audit.refs.js';
import { createAlertRepository, type AlertRow, type AlertState, type CommentRow } from './alert.repository.js';

export const COMMENT_MAX = 10_000;

export const canSeeAlert = (ctx: Pick<Context, 'viewer'>, a: Pick<AlertRow, 'owner' | 'visibility'>) =>
  a.owner === ctx.viewer.user || a.visibility === 'team' || ctx.viewer.role === 'admin';

export async function openAlert(ctx: Context, id: string): Promise<AlertRow> {
  if (!/^[0-9a-f]{32}$/.test(id)) throw badInput(`"${id.slice(0, 64)}" is not an alert id`);
  const row = (await createAlertRepository(ctx.db).byIds([id]))[0];
  if (!row || !canSeeAlert(ctx, row)) throw appError('NOT_FOUND', `No alert ${id} that you may see.`);
  return row;
}

/**
 * A new version of an alert made from the one the caller opened: of two changes made from the same
 * version, the first is stored and the second is a CONFLICT (the evaluation extending it counts too).
 */
function changeAlert(
  ctx: Context,
  id: string,
  action: string,
  change: (a: AlertRow) => { changes: Partial<AlertRow>; details: string },
  version?: number | null,
) {
  const attempt: WriteAttempt = { action, targetType: 'alert', target: id };
  return auditedWrite(ctx, attempt, async () => {
    const current = await openAlert(ctx, id);
    if (version != null && version !== current.version)
      throw appError('CONFLICT', `Alert ${id} changed since you opened it (version ${current.version}).`, { version: current.version });
    const now = new Date();
    const { changes, details } = change(current);
    const row = { ...current, ...changes, version: Math.max(now.getTime(), current.version + 1), updated_at: chTime(now) };
    const repo = createAlertRepository(ctx.db);
    const writeId = randomUUID();
    await repo.insert(row, writeStamp(ctx, action, details), { base: current.version, writeId });
    if ((await repo.successor(id, current.version)) !== writeId)
      throw appError('CONFLICT', `Alert ${id} changed while you changed it; reload it and try again.`);
    return row;
  });
}

export const setAlertState = (ctx: Context, id: string, state: AlertState, version?: number | null) =>
  changeAlert(
    ctx,
    id,
    `${state === 'new' ? 'reopen' : state === 'acknowledged' ? 'acknowledge' : 'close'}_alert`,
    (a) => ({ changes: { state }, details: `state=${a.state}->${state}` }),
    version,
  );

export const assignAlert = (ctx: Context, id: string, assignee: string | null, version?: number | null) => {
  const who = (assignee ?? '').trim();
  if (who && !/^[A-Za-z0-9._@-]{1,64}$/.test(who)) throw badInput('`assignee` is a user name (letters, digits, . _ @ -)');
  return changeAlert(ctx, id, 'assign_alert', (a) => ({ changes: { assignee: who }, details: `assignee=${a.assignee || '-'}->${who || '-'}` }), version);
};

export function commentOnAlert(ctx: Context, id: string, text: string): Promise<CommentRow> {
  const attempt: WriteAttempt = { action: 'comment_alert', targetType: 'alert', target: id };
  return auditedWrite(ctx, attempt, async () => {
    const t = text.trim();
    if (!t) throw badInput('`text` must not be empty');
    if (t.length > COMMENT_MAX) throw badInput(`\`text\` is at most ${COMMENT_MAX} characters`);
    await openAlert(ctx, id);
    const row: CommentRow = { alert_id: id, comment_id: randomUUID(), text: t, author: ctx.viewer.user, created_at: chTime(new Date()) };
    await createAlertRepository(ctx.db).addComment(row, writeStamp(ctx, attempt.action, `comment=${row.comment_id}`));
    return row;
  });
}

export const mayRunEvaluation = (ctx: Context) => canWrite(ctx.viewer) && ctx.viewer.role === 'admin';
