import type { Context } from '../../context.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createMetricsRepository, type DetectionSummary } from './metrics.repository.js';

/** A window's detection summary: the dashboard's fields on one window share one query per request. */
export const summaryLoader = (ctx: Context) => ({
  load: (w: Window) =>
    ctx.loaders
      .get<string, DetectionSummary>('metrics.summary', {}, (keys) => Promise.all(keys.map((k) => createMetricsRepository(ctx.db).summary(windowOf(k)))))
      .load(windowKey(w)),
});

const windowOf = (key: string): Window => {
  const [since, until] = key.split('-').map(Number);
  return { since: new Date(since!), until: new Date(until!) };
};
