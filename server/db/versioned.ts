import type { Db } from './client.js';
import { sql } from './sql.js';
import type { TableName } from './tables.js';

/** Who wrote a version and what they did: the tables' audit views copy these columns. */
export interface WriteStamp {
  actor: string;
  role: string;
  request_id: string;
  client_ip: string;
  action: string;
  details: string;
}

/** ClickHouse's text form of a UTC instant, as DateTime64(3, 'UTC') columns parse it. */
export const chTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/**
 * The engine stores the first insert of a token and drops any later one (the table's
 * non_replicated_deduplication_window, Keeper on a cluster), and so do the audit views it feeds.
 */
export const tokenSettings = (token: string) => ({
  insert_deduplication_token: token,
  insert_deduplicate: 1 as const,
  deduplicate_blocks_in_dependent_materialized_views: 1 as const,
});

/**
 * A table of whole versions (`id`, `version`, `base_version`, `write_id` and a write stamp): each
 * version is stored as the one successor of the version it was made from, and whoever wrote it
 * can tell whether the stored successor is theirs.
 */
export function versionedTable<R extends { id: string }>(db: Db, table: TableName, kind: string) {
  return {
    insert: (row: R, stamp: WriteStamp, token: { base: number; writeId: string }) =>
      db.insert(table, [{ ...row, base_version: token.base, write_id: token.writeId, ...stamp }], {
        settings: tokenSettings(`${kind}:${row.id}:${token.base}`),
      }),

    /** Which write the stored successor of version `base` is (none: not stored). */
    successor: async (id: string, base: number) =>
      (
        await db.query<{ write_id: string }>(sql`SELECT write_id FROM ${db.table(table)} WHERE id = ${id} AND base_version = ${base} LIMIT 1`, {
          label: `${kind}.successor`,
        })
      )[0]?.write_id,
  };
}
