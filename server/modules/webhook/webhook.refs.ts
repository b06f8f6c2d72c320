import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { createWebhookRepository } from './webhook.repository.js';
import { createDestinations } from './webhook.destinations.js';
import { deliver, type Attempt } from './webhook.deliver.js';

/** What a webhook is sent: the event as JSON, and a line of text for chat tools. */
export interface Message {
  event: string;
  id: string;
  version: number;
  json: Record<string, unknown>;
  /** Slack's and Teams' incoming webhooks show `text`. */
  text: string;
}

export const bodyOf = (format: string, m: Message) => JSON.stringify(format === 'slack' ? { text: m.text, ...m.json } : { event: m.event, ...m.json });

export const deliveryOptions = (config: Config) => ({
  timeoutMs: config.alerting.webhookTimeoutMs,
  retries: config.alerting.webhookRetries,
  backoffMs: config.alerting.webhookBackoffMs,
  destinations: createDestinations(config.alerting.webhookDestinations),
});

/**
 * Sends a message to every enabled webhook, each on its own with its retries: the caller does not
 * wait for slow or failing receivers (the returned promise settles when all have ended).
 */
export async function sendToWebhooks(db: Db, config: Config, logger: Logger, m: Message): Promise<Attempt[]> {
  const hooks = (await createWebhookRepository(db).all()).filter((h) => h.enabled);
  const o = deliveryOptions(config);
  return Promise.all(hooks.map((h) => deliver(db, logger, h, { event: m.event, id: m.id, version: m.version, body: bodyOf(h.format, m) }, o)));
}

/**
 * Sends again what a stopped process left undelivered: for every enabled webhook that existed when
 * the message was raised, the messages never tried, or whose last attempt was to be retried. Each
 * delivery carries `<id>:<version>` in `X-Ja4graph-Delivery`, so a receiver can drop one it had.
 */
export async function resendUndelivered(db: Db, config: Config, logger: Logger, messages: { message: Message; raisedAt: Date }[]): Promise<number> {
  if (!messages.length) return 0;
  const repo = createWebhookRepository(db);
  const hooks = (await repo.all()).filter((h) => h.enabled);
  if (!hooks.length) return 0;
  const last = new Map(
    (
      await repo.lastOutcomes(
        hooks.map((h) => h.id),
        messages.map((m) => m.message.id),
      )
    ).map((r) => [`${r.webhook_id}|${r.alert_id}`, r.outcome]),
  );
  const o = deliveryOptions(config);
  const due = hooks.flatMap((h) =>
    messages
      .filter(
        ({ message, raisedAt }) =>
          new Date(`${h.created_at.replace(' ', 'T')}Z`) <= raisedAt && [undefined, 'retrying'].includes(last.get(`${h.id}|${message.id}`)),
      )
      .map(({ message }) => ({ h, message })),
  );
  await Promise.all(due.map(({ h, message: m }) => deliver(db, logger, h, { event: m.event, id: m.id, version: m.version, body: bodyOf(h.format, m) }, o)));
  return due.length;
}
