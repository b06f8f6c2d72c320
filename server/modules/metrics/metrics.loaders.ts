import type { Context } from '../../context.js';
import { windowKey, type Window } from '../../schema/window.js';
import { createMetricsRepository } from './metrics.repository.js';

type Levels = Awaited<ReturnType<ReturnType<typeof createMetricsRepository>['levels']>>;

/** Detections per threat level of a window: several fields of one window share one query per request. */
export const levelsLoader = (ctx: Context) => ({
  load: (w: Window) =>
    ctx.loaders
      .get<string, Levels>('metrics.levels', {}, (keys) => Promise.all(keys.map((k) => createMetricsRepository(ctx.db).levels(windowOf(k)))))
      .load(windowKey(w)),
});

const windowOf = (key: string): Window => {
  const [since, until] = key.split('-').map(Number);
  return { since: new Date(since!), until: new Date(until!) };
};
