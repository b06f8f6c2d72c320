import type { Db } from './db/client.js';
import { sql } from './db/sql.js';
import { MAIN_TABLES } from './db/tables.js';

export interface Health {
  status: 'ok' | 'unavailable';
  clickhouse: { connected: boolean; mode: string; version?: string; database: string; logs_database: string; error?: string };
  tables: Record<string, number>;
  checked_at: string;
}

/** One round trip: the version and every main table's row count in a single SELECT. */
export async function checkHealth(db: Db): Promise<Health> {
  const base = { mode: db.mode, database: db.database, logs_database: db.logsDatabase };
  const counts = sql.join(MAIN_TABLES.map((t) => sql`(SELECT count() FROM ${db.table(t)}) AS ${sql.identifier(t)}`));
  try {
    const [row] = await db.query<Record<string, number | string>>(sql`SELECT version() AS version, ${counts}`, {
      label: 'health',
      timeoutS: 5,
    });
    const { version, ...tables } = row ?? {};
    return {
      status: 'ok',
      clickhouse: { connected: true, version: String(version), ...base },
      tables: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, Number(v)])),
      checked_at: new Date().toISOString(),
    };
  } catch {
    return {
      status: 'unavailable',
      clickhouse: { connected: false, ...base, error: 'ClickHouse is unreachable or not answering; see the server log' },
      tables: {},
      checked_at: new Date().toISOString(),
    };
  }
}
