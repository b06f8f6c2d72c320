import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { createWebhookRepository, type DeliveryRow, type WebhookRow } from './webhook.repository.js';
import type { Destinations } from './webhook.destinations.js';

export interface DeliveryOptions {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  destinations: Destinations;
}

export interface Attempt {
  outcome: DeliveryRow['outcome'];
  httpStatus: number;
  error: string;
  ms: number;
  attempt: number;
}

/**
 * The signature a receiver checks: HMAC-SHA256, keyed by the webhook's secret, over
 * `<timestamp>.<body>` — the timestamp (seconds, also sent in its own header) lets a receiver refuse
 * a replayed delivery.
 */
export const signatureOf = (secret: string, timestamp: number, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Headers a receiver reads: the signature, its timestamp, and which delivery this is. */
export const HEADERS = {
  signature: 'x-ja4graph-signature',
  timestamp: 'x-ja4graph-timestamp',
  event: 'x-ja4graph-event',
  delivery: 'x-ja4graph-delivery',
} as const;

/** One POST; never throws: its outcome says how it ended. */
function post(url: string, body: string, headers: Record<string, string>, o: DeliveryOptions): Promise<{ status: number; error: string }> {
  const why = o.destinations.refusal(url);
  if (why) return Promise.resolve({ status: 0, error: `the URL ${why}` });
  const u = new URL(url);
  const client = u.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      u,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: o.destinations.lookup,
        timeout: o.timeoutMs,
      },
      (res) => {
        // the receiver's answer is not read beyond its status: a large or endless body cannot hold the delivery up
        res.resume();
        res.on('error', () => {});
        const status = res.statusCode ?? 0;
        resolve({ status, error: status >= 200 && status < 300 ? '' : `the receiver answered ${status}` });
        req.destroy();
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${o.timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', (err) => resolve({ status: 0, error: err.message.slice(0, 500) }));
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Sends one payload to one webhook: retried with exponential backoff (backoff × 4ⁿ) on a network
 * error, a timeout, 429 or 5xx; a 4xx other than 429 is final. Every attempt is recorded, so its
 * failures and last error are visible; nothing here ever throws into the evaluation.
 */
export async function deliver(
  db: Db,
  logger: Logger,
  hook: WebhookRow,
  payload: { event: string; id: string; version: number; body: string },
  o: DeliveryOptions,
): Promise<Attempt> {
  const repo = createWebhookRepository(db);
  let last: Attempt = { outcome: 'failed', httpStatus: 0, error: 'not sent', ms: 0, attempt: 0 };
  for (let attempt = 1; attempt <= o.retries + 1; attempt++) {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const { status, error } = await post(
      hook.url,
      payload.body,
      {
        [HEADERS.signature]: signatureOf(hook.secret, timestamp, payload.body),
        [HEADERS.timestamp]: String(timestamp),
        [HEADERS.event]: payload.event,
        [HEADERS.delivery]: `${payload.id}:${payload.version}`,
      },
      o,
    );
    const ms = Math.round(performance.now() - started);
    const retriable = !error.startsWith('the URL') && (status === 0 || status === 429 || status >= 500);
    const outcome: Attempt['outcome'] = !error ? 'delivered' : retriable && attempt <= o.retries ? 'retrying' : 'failed';
    last = { outcome, httpStatus: status, error, ms, attempt };
    await repo
      .recordAttempt({
        webhook_id: hook.id,
        alert_id: payload.id,
        alert_version: payload.version,
        attempt,
        at: new Date().toISOString().replace('T', ' ').replace('Z', ''),
        outcome,
        http_status: status,
        error,
        ms,
      })
      .catch((err: unknown) => logger.warn({ err }, 'could not record a webhook delivery attempt'));
    if (outcome !== 'retrying') break;
    await sleep(o.backoffMs * 4 ** (attempt - 1));
  }
  if (last.outcome === 'failed') logger.warn({ webhook: hook.id, alert: payload.id, error: last.error }, 'webhook delivery failed');
  return last;
}
