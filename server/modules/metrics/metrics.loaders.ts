import type { Context } from '../../context.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createMetricsRepository, type DetectionSummary } from './metrics.repository.js';

/** A window's detection summary: the dashboard's fields on one window share one query per request. */
export const summaryOf = (ctx: Context, w: Window): Promise<DetectionSummary> =>
  ctx.loaders.get<string, DetectionSummary>('metrics.summary', { w: windowKey(w) }, async () => [await createMetricsRepository(ctx.db).summary(w)]).load('');
