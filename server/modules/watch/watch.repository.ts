import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { versionedTable } from '../../db/versioned.js';

export type { WriteStamp } from '../../db/versioned.js';

/** One version of a watch, as stored. */
export interface WatchRow {
  id: string;
  version: number;
  name: string;
  /** An entity kind, or INVESTIGATION. */
  target_type: string;
  /** The entity's key, or the investigation's id. */
  target: string;
  /** JSON of its rules. */
  rules: string;
  owner: string;
  visibility: 'private' | 'team';
  muted_until: string;
  created_at: string;
  updated_at: string;
  deleted: number;
}

const COLUMNS = sql`toString(id) AS id, version, name, toString(target_type) AS target_type, target, rules, toString(owner) AS owner,
  toString(visibility) AS visibility, toString(muted_until) AS muted_until, toString(created_at) AS created_at,
  toString(updated_at) AS updated_at, deleted`;

export function createWatchRepository(db: Db) {
  const table = db.table('watches');
  return {
    /** Stores the version made from `base` unless one was stored from it already (the token); its audit row comes with it. */
    ...versionedTable<WatchRow>(db, 'watches', 'watch'),

    byIds: (ids: readonly string[]) =>
      db.query<WatchRow>(sql`SELECT ${COLUMNS} FROM ${table} WHERE id IN ${[...ids]} ORDER BY version DESC LIMIT 1 BY id`, { label: 'watch.byIds' }),

    /** The newest version of every watch the filter admits, newest change first, with how many there are. */
    list: (f: { user: string; anyOwner: boolean; target?: { type: string; value: string } }, limit: number, offset: number) =>
      db.query<WatchRow & { total: number }>(
        sql`SELECT *, count() OVER () AS total FROM (SELECT ${COLUMNS} FROM ${table} ORDER BY version DESC LIMIT 1 BY id)
            WHERE deleted = 0 AND ${f.anyOwner ? sql`1` : sql`(owner = ${f.user} OR visibility = 'team')`}
              AND ${f.target ? sql`target_type = ${f.target.type} AND target = ${f.target.value}` : sql`1`}
            ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'watch.list' },
      ),

    /** Every watch that is not deleted, muted or not: what an evaluation run reads. */
    live: () =>
      db.query<WatchRow>(sql`SELECT * FROM (SELECT ${COLUMNS} FROM ${table} ORDER BY version DESC LIMIT 1 BY id) WHERE deleted = 0`, {
        label: 'watch.live',
      }),

    /** The watches on these entities the user may see: the watch toggle beside each entity. */
    onTargets: (type: string, values: readonly string[], user: string, anyOwner: boolean) =>
      db.query<WatchRow>(
        sql`SELECT * FROM (SELECT ${COLUMNS} FROM ${table} WHERE target_type = ${type} AND target IN ${[...values]} ORDER BY version DESC LIMIT 1 BY id)
            WHERE deleted = 0 AND ${anyOwner ? sql`1` : sql`(owner = ${user} OR visibility = 'team')`}`,
        { label: 'watch.onTargets' },
      ),
  };
}
