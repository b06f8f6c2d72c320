import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { versionedTable } from '../../db/versioned.js';

export type { WriteStamp } from '../../db/versioned.js';

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

const COLUMNS = sql`toString(id) AS id, version, name, url, secret, toString(format) AS format, enabled, toString(owner) AS owner,
  toString(created_at) AS created_at, toString(updated_at) AS updated_at, deleted`;

export function createWebhookRepository(db: Db) {
  const table = db.table('webhooks');
  return {
    ...versionedTable<WebhookRow>(db, 'webhooks', 'webhook'),

    /** Every webhook not deleted, newest versions. */
    all: () =>
      db.query<WebhookRow>(sql`SELECT * FROM (SELECT ${COLUMNS} FROM ${table} ORDER BY version DESC LIMIT 1 BY id) WHERE deleted = 0 ORDER BY created_at, id`, {
        label: 'webhook.all',
      }),

    byId: async (id: string) =>
      (await db.query<WebhookRow>(sql`SELECT ${COLUMNS} FROM ${table} WHERE id = ${id} ORDER BY version DESC LIMIT 1`, { label: 'webhook.byId' }))[0],

    recordAttempt: (d: DeliveryRow) => db.insert('webhook_deliveries', [{ ...d }], { settings: { insert_deduplicate: 0 } }),

    /** How each of these alerts' deliveries to each webhook last ended (pairs never tried are absent). */
    lastOutcomes: (hookIds: readonly string[], alertIds: readonly string[]) =>
      db.query<{ webhook_id: string; alert_id: string; outcome: DeliveryRow['outcome'] }>(
        sql`SELECT toString(webhook_id) AS webhook_id, alert_id, toString(argMax(outcome, (at, attempt))) AS outcome
            FROM ${db.table('webhook_deliveries')} WHERE webhook_id IN ${[...hookIds]} AND alert_id IN ${[...alertIds]}
            GROUP BY webhook_id, alert_id`,
        { label: 'webhook.lastOutcomes' },
      ),

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
