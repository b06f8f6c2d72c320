import { createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import { Sql, sql } from './sql.js';
import { TABLES, type TableName } from './tables.js';
import { classifyDbError } from './errors.js';
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
  insert(table: TableName, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** The fully-qualified name of a known table, as a SQL fragment. */
  table(name: TableName): Sql;
  /** A view of this Db whose queries are counted into `stats` and tagged with `requestId`. */
  scoped(requestId: string, stats: QueryStats): Db;
  version(): Promise<string>;
  close(): Promise<void>;
}

interface Scope {
  requestId: string;
  stats: QueryStats | undefined;
  seq: { n: number };
}

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
  const client = makeClient(config);
  return bind(client, config, { requestId: 'sys', stats: undefined, seq: { n: 0 } });
}

function makeClient(config: Config['clickhouse']): ClickHouseClient {
  const common = {
    request_timeout: config.queryTimeoutS * 1000 + 5000,
    clickhouse_settings: { ...BASE_SETTINGS, max_execution_time: config.queryTimeoutS },
  };
  if (config.mode === 'embedded') {
    mkdirSync(config.embeddedPath, { recursive: true });
    // chdb types its Connection against its own copy of @clickhouse/client-common; the shapes are identical
    const connection = createChdbPool(config.embeddedPath, config.embeddedSessions) as unknown as NonNullable<
      Parameters<typeof createClient>[0]
    >['connection'];
    return createClient({ ...common, connection });
  }
  return createClient({ ...common, url: config.url, username: config.user, password: config.password });
}

function bind(client: ClickHouseClient, config: Config['clickhouse'], scope: Scope): Db {
  const queryId = (label = 'q') => `${scope.requestId}:${label}:${scope.seq.n++}:${randomUUID().slice(0, 8)}`;
  const settingsFor = (opts?: QueryOptions): ClickHouseSettings => ({
    ...opts?.settings,
    ...(opts?.timeoutS ? { max_execution_time: opts.timeoutS } : {}),
  });

  const db: Db = {
    mode: config.mode,
    database: config.database,
    logsDatabase: config.logsDatabase,
    cluster: config.cluster,

    async query<T>(q: Sql, opts?: QueryOptions): Promise<T[]> {
      const id = queryId(opts?.label);
      const { query, query_params } = q.toQuery();
      const started = performance.now();
      try {
        const rs = await client.query({ query, query_params, format: 'JSON', query_id: id, clickhouse_settings: settingsFor(opts) });
        const json = (await rs.json()) as JsonResult<T>;
        record(scope.stats, started, json.statistics);
        return json.data;
      } catch (err) {
        record(scope.stats, started, undefined);
        throw classifyDbError(err, id);
      }
    },

    async command(q: Sql, opts?: QueryOptions): Promise<void> {
      const id = queryId(opts?.label ?? 'cmd');
      const { query, query_params } = q.toQuery();
      const started = performance.now();
      try {
        await client.command({ query, query_params, query_id: id, clickhouse_settings: settingsFor(opts) });
      } catch (err) {
        throw classifyDbError(err, id);
      } finally {
        record(scope.stats, started, undefined);
      }
    },

    async insert(table, rows) {
      if (rows.length === 0) return;
      const id = queryId(`insert.${table}`);
      const started = performance.now();
      try {
        await client.insert({ table: qualified(config, table), values: rows as Record<string, unknown>[], format: 'JSONEachRow', query_id: id });
      } catch (err) {
        throw classifyDbError(err, id);
      } finally {
        record(scope.stats, started, undefined);
      }
    },

    table: (name) => sql.identifier(qualified(config, name)),

    scoped: (requestId, stats) => bind(client, config, { requestId, stats, seq: { n: 0 } }),

    async version() {
      const rows = await db.query<{ v: string }>(sql`SELECT version() AS v`, { label: 'version', timeoutS: 5 });
      return rows[0]?.v ?? 'unknown';
    },

    close: () => client.close(),
  };
  return db;
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
