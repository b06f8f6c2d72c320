import type { Db } from './client.js';
import { sql } from './sql.js';
import type { TableName } from './tables.js';

/** What /health reads: the engine's version and the row counts of the main tables, in one round trip. */
export function createStatusRepository(db: Db) {
  return {
    versionAndCounts: async (tables: readonly TableName[]) => {
      const counts = sql.join(tables.map((t) => sql`(SELECT count() FROM ${db.table(t)}) AS ${sql.identifier(t)}`));
      const [row] = await db.query<Record<string, number | string>>(sql`SELECT version() AS version, ${counts}`, { label: 'health' });
      const { version, ...rest } = row ?? {};
      return { version: String(version), counts: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Number(v)])) };
    },
  };
}
