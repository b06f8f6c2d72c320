import { hostname } from 'node:os';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { compactUnderLock } from './compact.js';
import { drainPending } from './deferred.js';
import { LayerBusyError } from './lock.js';
import { loadLayerState } from './state.js';

const REFRESH_MS = 15_000;

/**
 * The server's share of the layer's upkeep: it reloads the layer's state every few seconds (reads,
 * /health and /metrics use it) and rolls closed days up every LAYER_MAINTENANCE_INTERVAL_S, under
 * the layer's lock, so several instances or a running install never roll the same day up twice.
 * In deferred mode it also replays the waiting tuples every LAYER_DRAIN_INTERVAL_S, under the
 * drain's own lock (an install does not hold it up).
 */
export function startLayerUpkeep(db: Db, config: Config, logger: Logger): () => void {
  const owner = `server ${hostname()}:${process.pid}`;
  const refresh = () => loadLayerState(db).catch((err) => logger.warn({ err }, 'could not read the graph layer’s state'));
  const maintain = async () => {
    try {
      const days = await compactUnderLock(db, owner, { now: new Date(), lateGraceS: config.layer.lateGraceS });
      if (days.length) logger.info({ days }, 'graph layer: days rolled up');
      await refresh();
    } catch (err) {
      if (!(err instanceof LayerBusyError)) logger.warn({ err }, 'graph layer roll-up failed; retried at the next interval');
    }
  };
  let draining = false;
  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      const r = await drainPending(db, { owner, batchRows: config.layer.drainBatchRows, maxMemoryBytes: config.layer.maxMemoryBytes });
      if (r.rows) logger.debug({ rows: r.rows, batches: r.batches, seconds: r.seconds }, 'graph layer: pending tuples replayed');
    } catch (err) {
      if (!(err instanceof LayerBusyError)) logger.warn({ err }, 'graph layer drain failed; the same range is replayed at the next interval');
    } finally {
      draining = false;
    }
  };
  void refresh();
  const timers = [setInterval(() => void refresh(), REFRESH_MS)];
  if (config.layer.drainIntervalS > 0) timers.push(setInterval(() => void drain(), config.layer.drainIntervalS * 1000));
  if (config.layer.maintenanceIntervalS > 0) {
    void maintain();
    timers.push(setInterval(() => void maintain(), config.layer.maintenanceIntervalS * 1000));
  }
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}
