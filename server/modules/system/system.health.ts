import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Db } from '../../db/client.js';
import { createStatusRepository } from '../../db/status.repository.js';
import { MAIN_TABLES } from '../../db/tables.js';
import { degreesRolledUntil, layerState, type LayerState } from '../../graph/layer/state.js';
import { alertingStats, subscriberCount } from '../alert/alert.refs.js';

function layerHealth(s: LayerState) {
  return {
    state: s.install.state,
    cutoff: s.cutoff?.toISOString() ?? null,
    chunks_done: s.install.chunksDone,
    chunks_failed: s.install.chunksFailed,
    ...(s.install.failure ? { failure: s.install.failure } : {}),
    rolled_up_days: s.rolledDays.size,
    degrees_rolled_until: degreesRolledUntil(s)?.toISOString() ?? null,
    lag_seconds: s.lagS,
    mode: s.pending.mode,
    ...(s.pending.since ? { deferred_from: s.pending.since } : {}),
    pending_rows: s.pending.rows,
    pending_lag_seconds: Math.round(s.pending.lagS),
    last_drain: s.pending.lastDrain,
    checked_at: s.loadedAt ? new Date(s.loadedAt).toISOString() : null,
  };
}

const alertingHealth = () => ({
  runs: alertingStats.runs,
  failed_runs: alertingStats.failures,
  raised: alertingStats.raised,
  last_run_at: alertingStats.lastRunAt,
  last_run_ms: alertingStats.lastRunMs,
  ...(alertingStats.lastError ? { last_error: alertingStats.lastError } : {}),
  subscribers: subscriberCount(),
});

export interface Health {
  status: 'ok' | 'unavailable' | 'starting';
  clickhouse: { connected: boolean; mode: string; version?: string; database: string; logs_database: string; error?: string };
  tables: Record<string, number>;
  /** The graph layer: its install (the history before the live views' cutoff), roll-ups and lag. */
  graph_layer: ReturnType<typeof layerHealth>;
  /** This instance's watch evaluation: its last run, failures, and live subscribers. */
  alerting: ReturnType<typeof alertingHealth>;
  /** How late timers fire: a busy or blocked process shows here first. */
  event_loop: { lag_p50_ms: number; lag_p99_ms: number; lag_max_ms: number };
  checked_at: string;
}

const delay = monitorEventLoopDelay({ resolution: 20 });
delay.enable();

function eventLoop() {
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  const lag = { lag_p50_ms: ms(delay.percentile(50)), lag_p99_ms: ms(delay.percentile(99)), lag_max_ms: ms(delay.max) };
  delay.reset();
  return lag;
}

/**
 * One round trip: the version and every main table's row count in a single SELECT. Give it a Db
 * bounded in time (a hung ClickHouse must make /health answer 503 promptly, not wait for it).
 */
export async function checkHealth(db: Db, readiness: { ready: boolean; reason?: string } = { ready: true }): Promise<Health> {
  const base = { mode: db.mode, database: db.database, logs_database: db.logsDatabase };
  const lag = eventLoop();
  try {
    const { version, counts } = await createStatusRepository(db).versionAndCounts(MAIN_TABLES);
    return {
      status: readiness.ready ? 'ok' : 'starting',
      clickhouse: { connected: true, version, ...base, ...(readiness.ready ? {} : { error: readiness.reason }) },
      tables: counts,
      graph_layer: layerHealth(layerState(db)),
      alerting: alertingHealth(),
      event_loop: lag,
      checked_at: new Date().toISOString(),
    };
  } catch {
    return {
      status: 'unavailable',
      clickhouse: { connected: false, ...base, error: readiness.reason ?? 'ClickHouse is unreachable or not answering; see the server log' },
      tables: {},
      graph_layer: layerHealth(layerState(db)),
      alerting: alertingHealth(),
      event_loop: lag,
      checked_at: new Date().toISOString(),
    };
  }
}
