import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';

export interface StoredNote {
  id: string;
  entity_type: string;
  entity_value: string;
  text: string;
  author: string;
  created_at: string;
  updated_at: string;
}

/** One version of a saved investigation, as stored. */
export interface InvestigationRow {
  id: string;
  version: number;
  name: string;
  description: string;
  owner: string;
  visibility: 'private' | 'team';
  entities: { type: string; value: string }[];
  /** JSON of the explorer's canvas: steps, window, layout, positions, pinned and hidden nodes. */
  canvas: string;
  notes: StoredNote[];
  created_at: string;
  updated_at: string;
  deleted: number;
}

/** Who wrote a version, and what they did: the audit view copies these columns. */
export interface WriteStamp {
  actor: string;
  role: string;
  request_id: string;
  client_ip: string;
  action: string;
  details: string;
}

export interface InvestigationSummaryRow {
  id: string;
  version: number;
  name: string;
  description: string;
  owner: string;
  visibility: 'private' | 'team';
  entity_count: number;
  note_count: number;
  created_at: string;
  updated_at: string;
  deleted: number;
  total: number;
}

const FULL = sql`toString(id) AS id, version, name, description, toString(owner) AS owner, toString(visibility) AS visibility,
  arrayMap(e -> tuple(toString(e.1), e.2)::Tuple(type String, value String), entities) AS entities, canvas,
  arrayMap(n -> tuple(toString(n.1), toString(n.2), n.3, n.4, toString(n.5), toString(n.6), toString(n.7))::Tuple(id String, entity_type String, entity_value String, text String, author String, created_at String, updated_at String), notes) AS notes,
  toString(created_at) AS created_at, toString(updated_at) AS updated_at, deleted`;

/** ClickHouse's text form of a UTC instant, as DateTime64(3, 'UTC') columns parse it. */
export const chTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

export function createSavedInvestigationRepository(db: Db) {
  const table = db.table('saved_investigations');
  return {
    /** Stores one version; its audit row comes from the same insert (materialized view). */
    insert: (row: InvestigationRow, stamp: WriteStamp) =>
      db.insert('saved_investigations', [
        {
          ...row,
          notes: row.notes.map((n) => ({ ...n, created_at: n.created_at, updated_at: n.updated_at })),
          ...stamp,
        },
      ]),

    /** The newest version of each id (deleted ones included: the caller decides who sees them). */
    byIds: (ids: readonly string[]) =>
      db.query<InvestigationRow>(sql`SELECT ${FULL} FROM ${table} WHERE id IN ${[...ids]} ORDER BY version DESC LIMIT 1 BY id`, {
        label: 'investigation.byIds',
      }),

    /**
     * The newest version of every investigation `user` may list — their own and the team's —
     * newest change first, without the heavy columns (canvas, note texts).
     */
    list: (f: { user: string; scope: 'mine' | 'shared' | 'all'; deleted: boolean; anyOwner: boolean }, limit: number, offset: number) => {
      const visible = f.anyOwner
        ? sql`1`
        : f.scope === 'mine'
          ? sql`owner = ${f.user}`
          : f.scope === 'shared'
            ? sql`visibility = 'team' AND owner != ${f.user}`
            : sql`(owner = ${f.user} OR visibility = 'team')`;
      return db.query<InvestigationSummaryRow>(
        sql`SELECT *, count() OVER () AS total FROM (
              SELECT toString(id) AS id, version, name, description, toString(owner) AS owner, toString(visibility) AS visibility,
                     length(entities) AS entity_count, length(notes) AS note_count,
                     toString(created_at) AS created_at, toString(updated_at) AS updated_at, deleted
              FROM ${table} ORDER BY version DESC LIMIT 1 BY id
            )
            WHERE deleted = ${f.deleted ? 1 : 0} AND ${visible}
            ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'investigation.list' },
      );
    },

    /** Ids of the investigations that ever held a note about each entity (newest versions decide what remains). */
    notedIn: (type: string, values: readonly string[]) =>
      db.query<{ entity_value: string; investigation_id: string }>(
        sql`SELECT DISTINCT entity_value, toString(investigation_id) AS investigation_id FROM ${db.table('investigation_entity_notes')}
            WHERE entity_type = ${type} AND entity_value IN ${[...values]}`,
        { label: 'investigation.notedIn' },
      ),
  };
}
