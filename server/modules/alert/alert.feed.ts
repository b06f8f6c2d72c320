import { EventEmitter } from 'node:events';
import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { createAlertRepository, type AlertRow } from './alert.repository.js';

/** Alerts a slow subscriber may fall behind by before the oldest are dropped for it. */
const BUFFER = 100;
/** Another instance's clock may be behind this one's: each poll reads this much again. */
const OVERLAP_MS = 60_000;

const events = new EventEmitter();
events.setMaxListeners(0);
let subscribers = 0;
/** Versions already sent (id:version → when), so a version read twice is sent once. */
const sent = new Map<string, number>();

/** Sends alert versions to this process's live subscribers, each once. */
export function publishAlerts(rows: readonly AlertRow[]) {
  for (const r of rows) {
    const k = `${r.id}:${r.version}`;
    if (sent.has(k)) continue;
    sent.set(k, Date.now());
    events.emit('alert', r);
  }
  const old = Date.now() - 2 * OVERLAP_MS;
  for (const [k, t] of sent) if (t < old) sent.delete(k);
}

/** The live subscribers of this process (what /metrics reports; a disconnected one is gone). */
export const subscriberCount = () => subscribers;

/**
 * A subscriber's stream of alert versions that `admit` lets through. It ends, and its listener is
 * removed, as soon as the client goes away (the Repeater's `stop` fires on `return()`, even while
 * nothing is being sent); a slow client keeps only the newest ${BUFFER}.
 */
export const alertStream = (admit: (a: AlertRow) => boolean, signal?: AbortSignal) =>
  new Repeater<AlertRow>(async (push, stop) => {
    subscribers++;
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', () => stop(), { once: true });
    const on = (a: AlertRow) => {
      if (admit(a)) void push(a);
    };
    events.on('alert', on);
    try {
      await stop;
    } finally {
      events.off('alert', on);
      subscribers--;
    }
  }, new SlidingBuffer(BUFFER));

/**
 * Reads the alerts other instances stored (and this one's) every `intervalMs` while anyone
 * listens, so a subscriber hears of an alert whichever instance raised it.
 */
export function startAlertFeed(db: Db, intervalMs: number, logger: Logger): () => void {
  let cursor = new Date();
  let polling = false;
  const poll = async () => {
    if (polling || subscribers === 0) {
      if (subscribers === 0) cursor = new Date();
      return;
    }
    polling = true;
    try {
      const rows = await createAlertRepository(db).writtenAfter(new Date(cursor.getTime() - OVERLAP_MS), 1000);
      publishAlerts(rows);
      const newest = rows.at(-1)?.written;
      if (newest) cursor = new Date(Math.max(cursor.getTime(), new Date(`${newest.replace(' ', 'T')}Z`).getTime()));
    } catch (err) {
      logger.warn({ err }, 'could not read new alerts for live subscribers; retried at the next interval');
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
