import { createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import { type Sql, sql } from './sql.js';
import { TABLES, type TableName } from './tables.js';
import { classifyDbError, DbAbortedError, DbTimeoutError } from './errors.js';
import { createChdbPool } from './chdb-pool.js';

export interface QueryStats {
  queries: number;
  rowsRead: number;
  bytesRead: number;
  elapsedMs: number;
}

export const emptyStats = (): QueryStats => ({ queries: 0, rowsRead: 0, bytesRead: 0, elapsedMs: 0 });

export interface QueryOptions {
  /** Short name for logs and the query id, e.g. `ip.byAddress`. */
  label?: string;
  timeoutS?: number;
  settings?: ClickHouseSettings;
}

export interface Db {
  readonly mode: 'embedded' | 'server';
  readonly database: string;
  readonly logsDatabase: string;
  readonly cluster: string | undefined;
  query<T>(q: Sql, opts?: QueryOptions): Promise<T[]>;
  command(q: Sql, opts?: QueryOptions): Promise<void>;
  insert(table: TableName, rows: readonly Record<string, unknown>[], opts?: { settings?: ClickHouseSettings }): Promise<void>;
  /** The fully-qualified name of a known table, as a SQL fragment. */
  table(name: TableName): Sql;
  /**
   * A view of this Db whose queries are counted into `stats`, tagged with `requestId`, and bounded by
   * the request: none starts after `deadline`, each is given only the time left, and `signal` (the
   * caller going away, or the deadline) cancels those running.
   */
  scoped(requestId: string, stats: QueryStats, bounds?: RequestBounds): Db;
  /**
   * This Db without the request's bounds: what must land even when the caller has gone (an audit
   * row of a refused write), tagged with the same request id.
   */
  detached(): Db;
  version(): Promise<string>;
  close(): Promise<void>;
}

export interface RequestBounds {
  /** Epoch milliseconds. */
  deadline?: number;
  signal?: AbortSignal;
}

interface Scope extends RequestBounds {
  requestId: string;
  stats: QueryStats | undefined;
  seq: { n: number };
}

/** Observes every query (for metrics): its label, outcome, time and ClickHouse work. */
export type QueryObserver = (q: {
  label: string;
  ms: number;
  rowsRead: number;
  bytesRead: number;
  outcome: 'ok' | 'error' | 'timeout' | 'limit' | 'unavailable';
}) => void;
const observers = new Set<QueryObserver>();
/** Adds an observer of every query of the process; returns its removal. */
export const observeQueries = (o: QueryObserver) => {
  observers.add(o);
  return () => observers.delete(o);
};

interface JsonResult<T> {
  data: T[];
  statistics?: { elapsed: number; rows_read: number; bytes_read: number };
}

const BASE_SETTINGS: ClickHouseSettings = {
  // counts and sums come back as JSON numbers; 64-bit ids are stringified in SQL instead
  output_format_json_quote_64bit_integers: 0,
  date_time_output_format: 'iso',
};

export function createDb(config: Config['clickhouse']): Db {
  // system work (migrations, backfills, the demo) may take hours; a request's calls never outlive
  // the request: over HTTP they get a client whose sockets time out with it (an aborted call on a
  // connection that never answered would otherwise wait for the long timeout)
  const system = makeClient(config, Math.max(config.queryTimeoutS * 1000, 6 * 3600_000) + 5000);
  const requests = config.mode === 'server' ? makeClient(config, config.requestTimeoutMs + 1000) : system;
  return bind({ system, requests }, config, { requestId: 'sys', stats: undefined, seq: { n: 0 } });
}

/**
 * Guard rails on every read: no writes, a time limit, at most so many result rows and bytes
 * (an error, never a silently cut answer) and so much memory.
 */
function readGuards(config: Config['clickhouse']): ClickHouseSettings {
  return {
    readonly: '2',
    max_result_rows: String(config.maxResultRows),
    max_result_bytes: String(config.maxResultBytes),
    result_overflow_mode: 'throw',
    max_memory_usage: String(config.maxMemoryBytes),
  };
}

function makeClient(config: Config['clickhouse'], requestTimeoutMs: number): ClickHouseClient {
  const settings: ClickHouseSettings = { ...BASE_SETTINGS, max_execution_time: config.queryTimeoutS };
  if (config.mode === 'embedded') {
    // in-process calls have no socket to time out; deadlines are enforced by `bounded` and max_execution_time
    const common = { request_timeout: 60_000, clickhouse_settings: settings };
    mkdirSync(config.embeddedPath, { recursive: true });
    // chdb types its Connection against its own copy of @clickhouse/client-common; the shapes are identical
    const connection = createChdbPool(config.embeddedPath, config.embeddedSessions) as unknown as NonNullable<Parameters<typeof createClient>[0]>['connection'];
    return createClient({ ...common, connection });
  }
  // progress headers keep a long backfill's connection alive through load balancers' idle timeouts
  const progress: ClickHouseSettings = requestTimeoutMs > 60_000 ? { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '30000' } : {};
  return createClient({
    request_timeout: requestTimeoutMs,
    clickhouse_settings: { ...settings, ...progress },
    url: config.url,
    username: config.user,
    password: config.password,
  });
}

function bind(clients: { system: ClickHouseClient; requests: ClickHouseClient }, config: Config['clickhouse'], scope: Scope): Db {
  const client = scope.deadline === undefined ? clients.system : clients.requests;
  const queryId = (label = 'q') => `${scope.requestId}:${label}:${scope.seq.n++}:${randomUUID().slice(0, 8)}`;

  /** The time a query may take: its own limit, cut to what is left of the request; `release` when it settles. */
  const bounded = (opts?: QueryOptions) => {
    const limitS = opts?.timeoutS ?? config.queryTimeoutS;
    if (scope.signal?.aborted) throw scope.deadline !== undefined && Date.now() >= scope.deadline ? new DbTimeoutError() : new DbAbortedError();
    if (scope.deadline === undefined) return { seconds: limitS, signal: scope.signal, release: () => {} };
    const leftMs = scope.deadline - Date.now();
    if (leftMs <= 0) throw new DbTimeoutError();
    const { signal, release } = deadlineSignal(leftMs, scope.signal);
    return { seconds: Math.max(1, Math.min(limitS, Math.ceil(leftMs / 1000))), signal, release };
  };

  /** A query abandoned by its caller is killed on the server too (the embedded engine stops at its time limit). */
  const cancelled = (id: string, err: unknown) => {
    if (config.mode === 'server') {
      void client.command({ query: 'KILL QUERY WHERE query_id = {id:String} ASYNC', query_params: { id } }).catch(() => {});
    }
    const timedOut = scope.deadline !== undefined && Date.now() >= scope.deadline - 5;
    return timedOut ? new DbTimeoutError(err) : new DbAbortedError();
  };

  const observe = (label: string, started: number, outcome: Parameters<QueryObserver>[0]['outcome'], s?: JsonResult<unknown>['statistics']) => {
    for (const o of observers) o({ label, ms: performance.now() - started, rowsRead: s?.rows_read ?? 0, bytesRead: s?.bytes_read ?? 0, outcome });
  };

  const db: Db = {
    mode: config.mode,
    database: config.database,
    logsDatabase: config.logsDatabase,
    cluster: config.cluster,

    async query<T>(q: Sql, opts?: QueryOptions): Promise<T[]> {
      const id = queryId(opts?.label);
      const label = opts?.label ?? 'query';
      const { query, query_params } = q.toQuery();
      const started = performance.now();
      const { seconds, signal, release } = bounded(opts);
      try {
        const rs = await settleBy(
          signal,
          client.query({
            query,
            query_params,
            format: 'JSON',
            query_id: id,
            abort_signal: signal,
            clickhouse_settings: { ...readGuards(config), ...opts?.settings, max_execution_time: seconds },
          }),
        );
        const json = (await settleBy(signal, rs.json())) as JsonResult<T>;
        record(scope.stats, started, json.statistics);
        observe(label, started, 'ok', json.statistics);
        return json.data;
      } catch (err) {
        record(scope.stats, started, undefined);
        const failure = signal?.aborted ? cancelled(id, err) : classifyDbError(err, id);
        observe(label, started, outcomeOf(failure));
        throw failure;
      } finally {
        release();
      }
    },

    async command(q: Sql, opts?: QueryOptions): Promise<void> {
      const id = queryId(opts?.label ?? 'cmd');
      const { query, query_params } = q.toQuery();
      const started = performance.now();
      const { seconds, signal, release } = bounded(opts);
      try {
        await settleBy(
          signal,
          client.command({ query, query_params, query_id: id, abort_signal: signal, clickhouse_settings: { ...opts?.settings, max_execution_time: seconds } }),
        );
      } catch (err) {
        throw signal?.aborted ? cancelled(id, err) : classifyDbError(err, id);
      } finally {
        release();
        record(scope.stats, started, undefined);
      }
    },

    async insert(table, rows, opts) {
      if (rows.length === 0) return;
      const id = queryId(`insert.${table}`);
      const started = performance.now();
      const { signal, release } = bounded();
      try {
        await settleBy(
          signal,
          client.insert({
            table: qualified(config, table),
            values: rows as Record<string, unknown>[],
            format: 'JSONEachRow',
            query_id: id,
            abort_signal: signal,
            ...(opts?.settings ? { clickhouse_settings: opts.settings } : {}),
          }),
        );
      } catch (err) {
        throw signal?.aborted ? cancelled(id, err) : classifyDbError(err, id);
      } finally {
        release();
        record(scope.stats, started, undefined);
      }
    },

    table: (name) => sql.identifier(qualified(config, name)),

    scoped: (requestId, stats, bounds) => bind(clients, config, { requestId, stats, seq: { n: 0 }, ...bounds }),
    detached: () => bind(clients, config, { requestId: scope.requestId, stats: undefined, seq: scope.seq }),

    async version() {
      const rows = await db.query<{ v: string }>(sql`SELECT version() AS v`, { label: 'version', timeoutS: 5 });
      return rows[0]?.v ?? 'unknown';
    },

    close: async () => {
      await clients.system.close();
      if (clients.requests !== clients.system) await clients.requests.close();
    },
  };
  return db;
}

/**
 * A signal that fires after `ms` or with its parent. Not `AbortSignal.any([AbortSignal.timeout(ms)])`:
 * the composite holds its sources weakly, and a timeout signal collected under GC pressure never fires
 * (nodejs/node#57736), which left a request waiting on a silent ClickHouse past its deadline. Here the
 * timer holds the controller until `release`.
 */
export function deadlineSignal(ms: number, parent?: AbortSignal): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('deadline reached', 'TimeoutError')), ms);
  const onParent = () => controller.abort(parent!.reason);
  if (parent?.aborted) onParent();
  else parent?.addEventListener('abort', onParent, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParent);
    },
  };
}

/**
 * Settles when the call does or the signal fires, whichever comes first: the client does not always
 * honour an abort while it waits on a connection that never answered (its socket times out later).
 */
function settleBy<T>(signal: AbortSignal | undefined, call: Promise<T>): Promise<T> {
  if (!signal) return call;
  if (signal.aborted) {
    call.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      call.catch(() => {});
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

function outcomeOf(err: Error): Parameters<QueryObserver>[0]['outcome'] {
  const code = (err as { code?: string }).code;
  return code === 'DB_TIMEOUT' ? 'timeout' : code === 'DB_LIMIT' ? 'limit' : code === 'DB_UNAVAILABLE' ? 'unavailable' : 'error';
}

function qualified(config: Config['clickhouse'], table: TableName): string {
  const database = TABLES[table] === 'logs' ? config.logsDatabase : config.database;
  return `${database}.${table}`;
}

function record(stats: QueryStats | undefined, started: number, s: JsonResult<unknown>['statistics']) {
  if (!stats) return;
  stats.queries += 1;
  stats.elapsedMs += performance.now() - started;
  stats.rowsRead += s?.rows_read ?? 0;
  stats.bytesRead += s?.bytes_read ?? 0;
}
