import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { tokenSettings, type WriteStamp } from '../../db/versioned.js';

export { chTime, type WriteStamp } from '../../db/versioned.js';

export interface StoredNote {
  id: string;
  entity_type: string;
  entity_value: string;
  text: string;
  /** Who wrote it first: never changes. */
  author: string;
  /** Who made its latest revision. */
  editor: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** One revision of a note, as stored. */
export interface NoteRow {
  investigation_id: string;
  note_id: string;
  revision: number;
  base_revision: number;
  entity_type: string;
  entity_value: string;
  text: string;
  author: string;
  editor: string;
  created_at: string;
  edited_at: string;
  deleted: number;
}

/** A note's stored revision as the graph shows it, and back. */
export const noteOfRow = (n: NoteRow): StoredNote => ({
  id: n.note_id,
  entity_type: n.entity_type,
  entity_value: n.entity_value,
  text: n.text,
  author: n.author,
  editor: n.editor,
  created_at: n.created_at,
  updated_at: n.edited_at,
  revision: n.revision,
});

export const rowOfNote = (investigationId: string, n: StoredNote, deleted = 0): NoteRow => ({
  investigation_id: investigationId,
  note_id: n.id,
  revision: n.revision,
  base_revision: 0,
  entity_type: n.entity_type,
  entity_value: n.entity_value,
  text: n.text,
  author: n.author,
  editor: n.editor,
  created_at: n.created_at,
  edited_at: n.updated_at,
  deleted,
});

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
  /** Read from its own table (investigation_notes), never stored in the investigation's row. */
  notes: StoredNote[];
  created_at: string;
  updated_at: string;
  deleted: number;
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
  toString(created_at) AS created_at, toString(updated_at) AS updated_at, deleted`;

/** A write's stamp: which write it was, so that the writer can tell whether the stored successor is its own. */
export interface WriteToken {
  base: number;
  writeId: string;
}

export function createSavedInvestigationRepository(db: Db) {
  const table = db.table('saved_investigations');
  return {
    /**
     * Stores one version made from version `token.base`, unless another was stored from that version
     * already; its audit row comes from the same insert (materialized view), or not at all.
     */
    insert: (row: Omit<InvestigationRow, 'notes'>, stamp: WriteStamp, token: WriteToken) =>
      db.insert('saved_investigations', [{ ...row, notes: [], base_version: token.base, write_id: token.writeId, ...stamp }], {
        settings: tokenSettings(`investigation:${row.id}:${token.base}`),
      }),

    /** Which write the stored successor of version `base` is (none: not stored). */
    successor: async (id: string, base: number) =>
      (
        await db.query<{ write_id: string }>(sql`SELECT write_id FROM ${table} WHERE id = ${id} AND base_version = ${base} LIMIT 1`, {
          label: 'investigation.successor',
        })
      )[0]?.write_id,

    /** Stores one revision of a note made from revision `token.base` (0 for a new note), under the same rule. */
    insertNote: (note: NoteRow, stamp: WriteStamp, token: WriteToken, audited = true) =>
      db.insert('investigation_notes', [{ ...note, base_revision: token.base, write_id: token.writeId, ...stamp, ...(audited ? {} : { action: '' }) }], {
        settings: tokenSettings(`note:${note.investigation_id}:${note.note_id}:${token.base}`),
      }),

    /** New notes (fresh ids: nothing to race with) whose audit row is their investigation's own write. */
    insertNewNotes: (notes: NoteRow[], stamp: WriteStamp) =>
      db.insert(
        'investigation_notes',
        notes.map((n) => ({ ...n, base_revision: 0, write_id: '', ...stamp, action: '' })),
        { settings: { insert_deduplicate: 0 } },
      ),

    noteSuccessor: async (investigationId: string, noteId: string, base: number) =>
      (
        await db.query<{ write_id: string }>(
          sql`SELECT write_id FROM ${db.table('investigation_notes')}
              WHERE investigation_id = ${investigationId} AND note_id = ${noteId} AND base_revision = ${base} LIMIT 1`,
          { label: 'investigation.noteSuccessor' },
        )
      )[0]?.write_id,

    /** The latest revision of every note of these investigations, removed ones left out, oldest first. */
    notesOf: (ids: readonly string[]) =>
      db.query<NoteRow>(
        sql`SELECT * FROM (
              SELECT toString(investigation_id) AS investigation_id, toString(note_id) AS note_id, revision, base_revision,
                     toString(entity_type) AS entity_type, entity_value, text, toString(author) AS author, toString(editor) AS editor,
                     toString(created_at) AS created_at, toString(edited_at) AS edited_at, deleted
              FROM ${db.table('investigation_notes')} WHERE investigation_id IN ${[...ids]}
              ORDER BY revision DESC LIMIT 1 BY investigation_id, note_id
            ) WHERE deleted = 0 ORDER BY created_at, note_id`,
        { label: 'investigation.notes' },
      ),

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
              SELECT toString(i.id) AS id, version, name, description, toString(owner) AS owner, toString(visibility) AS visibility,
                     length(entities) AS entity_count, n.live AS note_count,
                     toString(created_at) AS created_at, toString(greatest(i.updated_at, n.last)) AS updated_at, deleted
              FROM (SELECT * FROM ${table} ORDER BY version DESC LIMIT 1 BY id) AS i
              LEFT JOIN (
                SELECT investigation_id, countIf(deleted = 0) AS live, max(edited_at) AS last FROM (
                  SELECT investigation_id, deleted, edited_at FROM ${db.table('investigation_notes')} ORDER BY revision DESC LIMIT 1 BY investigation_id, note_id
                ) GROUP BY investigation_id
              ) AS n ON n.investigation_id = i.id
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
