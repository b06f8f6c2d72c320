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
