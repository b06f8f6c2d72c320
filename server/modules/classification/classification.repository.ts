import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface ClassificationRow {
  id: string;
  created_at: string;
  entity_type: string;
  entity_value: string;
  classification: string;
  tags: string[];
  comment: string;
  confidence: number;
  analyst: string;
}

export interface NewClassification {
  id: string;
  entity_type: string;
  entity_value: string;
  /** The IP for IP classifications (the legacy key); :: otherwise. */
  src_ip: string;
  classification: string;
  tags: string[];
  comment: string;
  confidence: number;
  analyst: string;
  role: string;
  request_id: string;
  client_ip: string;
  features: string;
  /** The audited action (classify, classify_incident): the audit view copies it. */
  action: string;
}

export interface ClassificationFilter {
  entityType?: string | null;
  value?: string | null;
  label?: string | null;
  analyst?: string | null;
}

const COLUMNS = sql`toString(id) AS id, created_at, toString(entity_type) AS entity_type, entity_value, toString(classification) AS classification,
  arrayMap(t -> toString(t), tags) AS tags, comment, confidence, toString(analyst) AS analyst`;

function conditions(f: ClassificationFilter, w: Window): Sql {
  const c: Sql[] = [sql`created_at >= ${w.since} AND created_at < ${w.until}`];
  if (f.entityType) c.push(sql`entity_type = ${f.entityType}`);
  if (f.value) c.push(sql`entity_value = ${f.value}`);
  if (f.label) c.push(sql`classification = ${f.label}`);
  if (f.analyst) c.push(sql`analyst = ${f.analyst}`);
  return sql.join(c, ' AND ');
}

export function createClassificationRepository(db: Db) {
  const table = db.table('soc_feedback');
  return {
    /** One insert stores the decision and, through its materialized view, its audit row. */
    insert: (c: NewClassification) => db.insert('soc_feedback', [{ ...c }]),

    list: (f: ClassificationFilter, w: Window, limit: number, offset: number) =>
      db.query<ClassificationRow & { total: number }>(
        sql`SELECT ${COLUMNS}, count() OVER () AS total FROM ${table} WHERE ${conditions(f, w)} ORDER BY created_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'classification.list' },
      ),

    /** The latest decision about each IP decided in the window (a later decision replaces an earlier one), newest first. */
    latestPerIp: (label: string | null | undefined, w: Window, limit: number, offset: number) =>
      db.query<ClassificationRow & { total: number }>(
        sql`SELECT *, count() OVER () AS total FROM (
              SELECT ${COLUMNS} FROM ${table} WHERE ${conditions({ entityType: 'ip' }, w)} ORDER BY created_at DESC, id LIMIT 1 BY entity_value
            ) WHERE ${label ? sql`classification = ${label}` : sql`1`} ORDER BY created_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
        { label: 'classification.latestPerIp' },
      ),

    /** The newest classifications of each (type, value) key. */
    latest: (type: string, values: readonly string[], limit: number) =>
      db.query<ClassificationRow>(
        sql`SELECT ${COLUMNS} FROM ${table} WHERE entity_type = ${type} AND entity_value IN ${[...values]}
            ORDER BY created_at DESC LIMIT ${limit} BY entity_value`,
        { label: 'classification.latest' },
      ),

    /** The newest verdict on each of many (type, value) keys of several types, in one statement. */
    latestVerdicts: (keys: { type: string; values: readonly string[] }[]) =>
      db.query<{ entity_type: string; entity_value: string; classification: string }>(
        sql`SELECT toString(entity_type) AS entity_type, entity_value, toString(classification) AS classification FROM ${table}
            WHERE ${sql.join(
              keys.map((k) => sql`(entity_type = ${k.type} AND entity_value IN ${[...k.values]})`),
              ' OR ',
            )}
            ORDER BY created_at DESC LIMIT 1 BY entity_type, entity_value`,
        { label: 'classification.latestVerdicts' },
      ),

    stats: (w: Window) =>
      db.query<{ dimension: string; value: string; n: number }>(
        sql`SELECT 'label' AS dimension, toString(classification) AS value, count() AS n FROM ${table} WHERE ${conditions({}, w)} GROUP BY value
            UNION ALL SELECT 'tag', toString(arrayJoin(tags)), count() FROM ${table} WHERE ${conditions({}, w)} GROUP BY 2
            UNION ALL SELECT 'analyst', toString(analyst), count() FROM ${table} WHERE ${conditions({}, w)} GROUP BY 2
            UNION ALL SELECT 'type', toString(entity_type), count() FROM ${table} WHERE ${conditions({}, w)} GROUP BY 2`,
        { label: 'classification.stats' },
      ),
  };
}
