import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { resendUndelivered, sendToWebhooks } from '../webhook/webhook.refs.js';
import { createAlertRepository } from './alert.repository.js';
import { evaluateWatches, type RunResult } from './alert.evaluate.js';
import { publishAlerts, startAlertFeed } from './alert.feed.js';
import { alertMessage } from './alert.message.js';

export interface AlertingStats {
  runs: number;
  failures: number;
  raised: number;
  lastRunMs: number;
  lastRunAt: string | null;
  lastError: string | null;
}

export const alertingStats: AlertingStats = { runs: 0, failures: 0, raised: 0, lastRunMs: 0, lastRunAt: null, lastError: null };

let running: Promise<RunResult> | null = null;

/**
 * One evaluation, not two at once in this process (a run asked for while one goes on joins it);
 * what it raised goes to this process's subscribers at once, and to the webhooks when this
 * instance stored it first (another instance delivers the ones it stored).
 */
export function runEvaluation(db: Db, config: Config, logger: Logger, now?: Date): Promise<RunResult> {
  running ??= (async () => {
    try {
      const r = await evaluateWatches(db, { now });
      alertingStats.runs++;
      alertingStats.raised += r.raised.length;
      alertingStats.lastRunMs = Math.round(r.ms);
      alertingStats.lastRunAt = new Date().toISOString();
      alertingStats.lastError = null;
      publishAlerts([...r.raised, ...r.extended]);
      for (const a of r.raised) {
        void sendToWebhooks(db, config, logger, alertMessage(a, config.alerting.publicUrl)).catch((err: unknown) =>
          logger.warn({ err, alert: a.id }, 'could not send an alert to the webhooks'),
        );
      }
      if (r.raised.length || r.extended.length)
        logger.info({ raised: r.raised.length, extended: r.extended.length, ms: Math.round(r.ms) }, 'alerting: run done');
      return r;
    } catch (err) {
      alertingStats.failures++;
      alertingStats.lastError = (err as Error).message.slice(0, 300);
      throw err;
    } finally {
      running = null;
    }
  })();
  return running;
}

/** How long after an alert is raised its delivery is left to the instance that raised it (its retries). */
const SWEEP_AFTER_MS = 10 * 60_000;
const SWEEP_SPAN_MS = 24 * 3_600_000;

/**
 * Delivers the alerts of the last day that no webhook delivery ended for (a process stopped while it
 * retried them): at start, then every ten minutes.
 */
export async function sweepUndelivered(db: Db, config: Config, logger: Logger, now = new Date()): Promise<number> {
  const raised = await createAlertRepository(db).raisedBetween(new Date(now.getTime() - SWEEP_SPAN_MS), new Date(now.getTime() - SWEEP_AFTER_MS));
  const sent = await resendUndelivered(
    db,
    config,
    logger,
    raised.map((a) => ({ message: alertMessage(a, config.alerting.publicUrl), raisedAt: new Date(`${a.raised_at.replace(' ', 'T')}Z`) })),
  );
  if (sent) logger.info({ sent }, 'alerting: undelivered alerts sent again');
  return sent;
}

/** Evaluates the watches every ALERT_EVALUATION_INTERVAL_S and feeds live subscribers; a failed run is done again from the same watermark. */
export function startAlerting(db: Db, config: Config, logger: Logger): () => void {
  const stops = [startAlertFeed(db, config.alerting.feedIntervalS * 1000, logger)];
  if (config.alerting.intervalS > 0) {
    const tick = () =>
      void runEvaluation(db, config, logger).catch((err: unknown) => logger.warn({ err }, 'alerting: run failed; the next one starts from the same hour'));
    const timer = setInterval(tick, config.alerting.intervalS * 1000);
    timer.unref();
    stops.push(() => clearInterval(timer));
    const sweep = () =>
      void sweepUndelivered(db, config, logger).catch((err: unknown) => logger.warn({ err }, 'alerting: could not send undelivered alerts again'));
    const first = setTimeout(sweep, 30_000);
    const every = setInterval(sweep, SWEEP_AFTER_MS);
    first.unref();
    every.unref();
    stops.push(() => {
      clearTimeout(first);
      clearInterval(every);
    });
  }
  return () => stops.forEach((s) => s());
}
