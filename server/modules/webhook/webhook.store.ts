import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { appError, badInput, uuidOf } from '../../schema/errors.js';
import { chTime } from '../../db/versioned.js';
import { auditedWrite, refuseWrite, writeStamp, type WriteAttempt } from '../audit/audit.refs.js';
import { createWebhookRepository, type WebhookRow } from './webhook.repository.js';
import { createDestinations } from './webhook.destinations.js';

export interface WebhookInput {
  name: string;
  url: string;
  format?: 'json' | 'slack' | null;
  secret?: string | null;
  enabled?: boolean | null;
}

export const isAdmin = (ctx: Context) => ctx.viewer.role === 'admin';

function checked(ctx: Context, input: Partial<WebhookInput>) {
  if (input.name !== undefined && input.name !== null && (!input.name.trim() || input.name.length > 200)) throw badInput('`name` is 1 to 200 characters');
  if (input.url != null) {
    if (input.url.length > 2000) throw badInput('`url` is at most 2000 characters');
    const why = createDestinations(ctx.config.alerting.webhookDestinations).refusal(input.url);
    if (why) throw badInput(`The webhook URL ${why}.`);
  }
  if (input.secret != null && (input.secret.length < 16 || input.secret.length > 256))
    throw badInput('`secret` is 16 to 256 characters (leave it out and one is made)');
}

/** Writes run by admins only: a webhook sends the team's alerts out of the building. */
async function adminWrite<T>(ctx: Context, attempt: WriteAttempt, work: () => Promise<T>) {
  return auditedWrite(ctx, attempt, async () => {
    if (!isAdmin(ctx))
      return refuseWrite(ctx, attempt, `${ctx.viewer.user} (${ctx.viewer.role}) may not ${attempt.action.replace(/_/g, ' ')}: admins manage webhooks.`);
    return work();
  });
}

async function store(ctx: Context, row: WebhookRow, base: number, action: string, details: string) {
  const repo = createWebhookRepository(ctx.db);
  const writeId = randomUUID();
  await repo.insert(row, writeStamp(ctx, action, details), { base, writeId });
  if (base && (await repo.successor(row.id, base)) !== writeId)
    throw appError('CONFLICT', `Webhook ${row.id} changed while you changed it; reload and try again.`);
  return row;
}

export function createWebhook(ctx: Context, input: WebhookInput): Promise<WebhookRow> {
  return adminWrite(ctx, { action: 'create_webhook', targetType: 'webhook', target: '' }, async () => {
    checked(ctx, input);
    const now = new Date();
    const row: WebhookRow = {
      id: randomUUID(),
      version: now.getTime(),
      name: input.name.trim(),
      url: input.url,
      secret: input.secret ?? randomBytes(24).toString('base64url'),
      format: input.format ?? 'json',
      enabled: input.enabled === false ? 0 : 1,
      owner: ctx.viewer.user,
      created_at: chTime(now),
      updated_at: chTime(now),
      deleted: 0,
    };
    return store(ctx, row, 0, 'create_webhook', `name=${row.name} host=${new URL(row.url).host} format=${row.format}`);
  });
}

export async function openWebhook(ctx: Context, id: string): Promise<WebhookRow> {
  if (!isAdmin(ctx)) throw appError('FORBIDDEN', 'Admins manage webhooks.');
  const row = await createWebhookRepository(ctx.db).byId(uuidOf(id, 'a webhook id'));
  if (!row || row.deleted) throw appError('NOT_FOUND', `No webhook ${id}.`);
  return row;
}

export function changeWebhook(ctx: Context, id: string, action: string, changes: Partial<WebhookInput> & { deleted?: boolean }) {
  return adminWrite(ctx, { action, targetType: 'webhook', target: id }, async () => {
    checked(ctx, changes);
    const current = await openWebhook(ctx, id);
    const now = new Date();
    const row: WebhookRow = {
      ...current,
      name: changes.name?.trim() || current.name,
      url: changes.url ?? current.url,
      secret: changes.secret ?? current.secret,
      format: changes.format ?? current.format,
      enabled: changes.enabled == null ? current.enabled : changes.enabled ? 1 : 0,
      deleted: changes.deleted ? 1 : 0,
      version: Math.max(now.getTime(), current.version + 1),
      updated_at: chTime(now),
    };
    const changed = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] != null && k !== 'secret');
    return store(ctx, row, current.version, action, `changed=${changed.join(',')}${changes.secret ? ',secret' : ''}`);
  });
}
