import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';

export interface WebhookRow {
  id: string;
  version: number;
  name: string;
  url: string;
  secret: string;
  format: 'json' | 'slack';
  enabled: number;
  owner: string;
  created_at: string;
  updated_at: string;
  deleted: number;
}

export interface DeliveryRow {
  webhook_id: string;
  alert_id: string;
  alert_version: number;
  attempt: number;
  at: string;
  outcome: 'delivered' | 'retrying' | 'failed';
  http_status: number;
  error: string;
  ms: number;
}

export interface WriteStamp {
  actor: string;
  role: string;
  request_id: string;
  client_ip: string;
  action: string;
  details: string;
}

const COLUMNS = sql`toString(id) AS id, version, name, url, secret, toString(format) AS format, enabled, toString(owner) AS owner,
  toString(created_at) AS created_at, toString(updated_at) AS updated_at, deleted`;

export function createWebhookRepository(db: Db) {
  const table = db.table('webhooks');
  return {
    insert: (row: WebhookRow, stamp: WriteStamp, token: { base: number; writeId: string }) =>
      db.insert('webhooks', [{ ...row, base_version: token.base, write_id: token.writeId, ...stamp }], {
        settings: {
          insert_deduplication_token: `webhook:${row.id}:${token.base}`,
          insert_deduplicate: 1,
          deduplicate_blocks_in_dependent_materialized_views: 1,
        },
      }),

    successor: async (id: string, base: number) =>
      (
        await db.query<{ write_id: string }>(sql`SELECT write_id FROM ${table} WHERE id = ${id} AND base_version = ${base} LIMIT 1`, {
          label: 'webhook.successor',
        })
      )[0]?.write_id,

    /** Every webhook not deleted, newest versions. */
    all: () =>
      db.query<WebhookRow>(sql`SELECT * FROM (SELECT ${COLUMNS} FROM ${table} ORDER BY version DESC LIMIT 1 BY id) WHERE deleted = 0 ORDER BY created_at, id`, {
        label: 'webhook.all',
      }),

    byId: async (id: string) =>
      (await db.query<WebhookRow>(sql`SELECT ${COLUMNS} FROM ${table} WHERE id = ${id} ORDER BY version DESC LIMIT 1`, { label: 'webhook.byId' }))[0],

    recordAttempt: (d: DeliveryRow) => db.insert('webhook_deliveries', [{ ...d }], { settings: { insert_deduplicate: 0 } }),

    /** Each webhook's latest attempts, newest first. */
    attempts: (ids: readonly string[], perHook: number) =>
      db.query<DeliveryRow>(
        sql`SELECT toString(webhook_id) AS webhook_id, alert_id, alert_version, attempt, toString(at) AS at, toString(outcome) AS outcome, http_status, error, ms
            FROM ${db.table('webhook_deliveries')} WHERE webhook_id IN ${[...ids]}
            ORDER BY at DESC LIMIT ${perHook} BY webhook_id`,
        { label: 'webhook.attempts' },
      ),
  };
}
