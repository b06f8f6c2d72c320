import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { degreesRolledUntil, type LayerState } from './graph/layer/state.js';
import { observeQueries } from './db/client.js';
import type { RefusalReason } from './graphql/guard.js';
import { alertingStats, subscriberCount } from './modules/alert/alert.refs.js';

/**
 * The Prometheus metrics of one app: HTTP requests, GraphQL operations (latency, cost), ClickHouse
 * queries (count, rows, bytes, latency by label), refusals and rate limits, event-loop lag and the
 * process (prom-client's defaults).
 */
export function createMetrics(known: ReadonlySet<string> = new Set(), layer?: () => LayerState) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

  if (layer) {
    const gauge = (name: string, help: string, value: (s: LayerState) => number | null, labelNames: string[] = []) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        collect() {
          const v = value(layer());
          if (v !== null) this.set(v);
        },
      });
    gauge('ja4graph_layer_complete', 'Whether the graph layer counts all the history (1), or its install is still counting it (0).', (s) =>
      s.install.state === 'complete' ? 1 : 0,
    );
    gauge('ja4graph_layer_chunks_done', 'Chunks (a source’s UTC day before the cutoff) the install has counted.', (s) => s.install.chunksDone);
    gauge('ja4graph_layer_chunks_failed', 'Chunks the install stopped on; it resumes from them when run again.', (s) => s.install.chunksFailed);
    gauge('ja4graph_layer_cutoff_timestamp_seconds', 'Where the live views start counting.', (s) => (s.cutoff ? s.cutoff.getTime() / 1000 : null));
    gauge('ja4graph_layer_rolled_up_days', 'Days rolled up into the daily tables.', (s) => s.rolledDays.size);
    gauge(
      'ja4graph_layer_degrees_rolled_until_timestamp_seconds',
      'The end of the newest hour whose degrees the maintenance pass has rolled up; degree reads take the links of the hours after it.',
      (s) => {
        const until = degreesRolledUntil(s);
        return until ? until.getTime() / 1000 : null;
      },
    );
    gauge('ja4graph_layer_lag_seconds', 'Whole hours between the newest request stored and the newest hour in the layer.', (s) => s.lagS);
    gauge('ja4graph_layer_deferred', 'Whether new hours are counted in batches by the drain (1) or by the live views on every insert (0).', (s) =>
      s.pending.mode === 'deferred' ? 1 : 0,
    );
    gauge('ja4graph_layer_pending_rows', 'Raw rows inserted and not yet counted into the layer (deferred mode).', (s) => s.pending.rows);
    gauge(
      'ja4graph_layer_pending_lag_seconds',
      'Seconds since the oldest tuple waiting for the drain was inserted: how far the layer trails the pipeline.',
      (s) => s.pending.lagS,
    );
  }

  // alerting: what this instance's evaluation runs did, and who listens live
  const alerting = (name: string, help: string, value: () => number | null) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const v = value();
        if (v !== null) this.set(v);
      },
    });
  alerting('ja4graph_alerting_runs', 'Watch evaluation runs this instance completed.', () => alertingStats.runs);
  alerting('ja4graph_alerting_failed_runs', 'Watch evaluation runs that failed (each is done again from the same hour).', () => alertingStats.failures);
  alerting('ja4graph_alerts_raised', 'Alerts this instance raised (stored first).', () => alertingStats.raised);
  alerting('ja4graph_alerting_last_run_seconds', 'How long the last evaluation run took.', () => alertingStats.lastRunMs / 1000);
  alerting('ja4graph_alert_subscribers', 'Live alertRaised subscribers connected to this instance.', () => subscriberCount());

  const httpRequests = new Counter({
    name: 'ja4graph_http_requests_total',
    help: 'HTTP requests by route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'ja4graph_http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['route'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'ja4graph_graphql_operations_total',
    help: 'GraphQL operations by name and outcome.',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'ja4graph_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operationCost = new Histogram({
    name: 'ja4graph_graphql_operation_cost',
    help: 'Estimated cost of GraphQL operations by name.',
    labelNames: ['operation'],
    buckets: [1, 10, 50, 100, 500, 1000, 5000, 10000, 25000, 100000],
    registers: [registry],
  });
  const queries = new Counter({
    name: 'ja4graph_clickhouse_queries_total',
    help: 'ClickHouse queries by label and outcome.',
    labelNames: ['label', 'outcome'],
    registers: [registry],
  });
  const rowsRead = new Counter({
    name: 'ja4graph_clickhouse_rows_read_total',
    help: 'Rows ClickHouse read, by query label.',
    labelNames: ['label'],
    registers: [registry],
  });
  const bytesRead = new Counter({
    name: 'ja4graph_clickhouse_bytes_read_total',
    help: 'Bytes ClickHouse read, by query label.',
    labelNames: ['label'],
    registers: [registry],
  });
  const queryDuration = new Histogram({
    name: 'ja4graph_clickhouse_query_duration_seconds',
    help: 'ClickHouse query latency by label.',
    labelNames: ['label'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 30],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'ja4graph_refusals_total',
    help: 'Requests refused before or during execution, by reason (rate_limit included).',
    labelNames: ['reason'],
    registers: [registry],
  });

  // query labels name a query kind, never a value: `layer.links`, `detection.byIP`; anything longer is folded
  const label = (l: string) => (/^[A-Za-z0-9_.]{1,48}$/.test(l) ? l : 'other');
  const stop = observeQueries((q) => {
    const l = label(q.label);
    queries.inc({ label: l, outcome: q.outcome });
    rowsRead.inc({ label: l }, q.rowsRead);
    bytesRead.inc({ label: l }, q.bytesRead);
    queryDuration.observe({ label: l }, q.ms / 1000);
  });

  // operation names come from callers: the product's own documents get a series each, any other name is `other`
  const operation = (name: string | null | undefined) => (!name ? 'anonymous' : known.has(name) ? name : 'other');

  return {
    registry,
    stop,
    request: (method: string, route: string, status: number, seconds: number) => {
      httpRequests.inc({ method, route, status: String(status) });
      httpDuration.observe({ route }, seconds);
    },
    operation: (name: string | null | undefined, outcome: 'ok' | 'error' | 'refused' | 'invalid', seconds: number, cost?: number) => {
      const op = operation(name);
      operations.inc({ operation: op, outcome });
      operationDuration.observe({ operation: op }, seconds);
      if (cost !== undefined) operationCost.observe({ operation: op }, cost);
    },
    refusal: (reason: RefusalReason) => refusals.inc({ reason }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
