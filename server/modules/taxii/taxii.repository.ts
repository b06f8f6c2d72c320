import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import { chTime, tokenSettings, type WriteStamp } from '../../db/versioned.js';

/** One stored version of one object of a collection. */
export interface ObjectRow {
  collection: string;
  object_id: string;
  version: string;
  date_added: string;
  type: string;
  content_hash: string;
  revoked: number;
  object: string;
}

/** What a page of a collection is asked for: TAXII's filters, already checked. */
export interface ObjectFilter {
  collections: string[];
  /** Only these STIX types (e.g. `indicator`), when given. */
  types?: string[];
  ids?: string[];
  /** `last` (default), `first`, `all`, or these exact versions. */
  versions: 'last' | 'first' | 'all' | string[];
  addedAfter?: Date;
  /** Keyset: the last row of the page before. */
  after?: { dateAdded: string; id: string; version: string };
  limit: number;
}

const T = (iso: string) => sql.typed(iso.replace('T', ' ').replace('Z', ''), 'DateTime64(3)');

export function createTaxiiRepository(db: Db) {
  const objects = db.table('taxii_objects');

  /** The rows of the collections with their objects' first and last versions, filtered as asked. */
  const filtered = (f: ObjectFilter, columns: Sql) => {
    const inner: Sql[] = [sql`collection IN ${sql.typed(f.collections, 'Array(UUID)')}`];
    if (f.types?.length) inner.push(sql`type IN ${f.types}`);
    if (f.ids?.length) inner.push(sql`object_id IN ${f.ids}`);
    const outer: Sql[] = [sql`1`];
    if (f.versions === 'last') outer.push(sql`version = last_version`);
    else if (f.versions === 'first') outer.push(sql`version = first_version`);
    else if (Array.isArray(f.versions)) outer.push(sql`version IN (${sql.join(f.versions.map((v) => sql`${T(v)}`))})`);
    if (f.addedAfter) outer.push(sql`date_added > ${T(f.addedAfter.toISOString())}`);
    if (f.after) outer.push(sql`(date_added, object_id, version) > (${T(f.after.dateAdded)}, ${f.after.id}, ${T(f.after.version)})`);
    // the text forms are taken outside the filters: an alias named like its column would stand for it in WHERE
    return sql`SELECT ${columns} FROM (
                 SELECT * FROM (
                   SELECT *, max(version) OVER (PARTITION BY collection, object_id) AS last_version,
                             min(version) OVER (PARTITION BY collection, object_id) AS first_version
                   FROM ${objects} FINAL WHERE ${sql.join(inner, ' AND ')}
                 )
                 WHERE ${sql.join(outer, ' AND ')}
                 ORDER BY date_added, object_id, version
                 LIMIT ${f.limit + 1}
               )
               ORDER BY date_added, object_id, version`;
  };

  return {
    /** The investigations published now (their latest switch is on). */
    published: () =>
      db.query<{ id: string }>(
        sql`SELECT toString(investigation_id) AS id FROM ${db.table('taxii_publications')}
            GROUP BY investigation_id HAVING argMax(published, at) = 1`,
        { label: 'taxii.published' },
      ),

    /** Whether each of these investigations is published now. */
    publishedAmong: (ids: readonly string[]) =>
      db.query<{ id: string; published: number }>(
        sql`SELECT toString(investigation_id) AS id, published FROM (
              SELECT investigation_id, argMax(published, at) AS published FROM ${db.table('taxii_publications')}
              WHERE investigation_id IN ${sql.typed([...ids], 'Array(UUID)')} GROUP BY investigation_id
            )`,
        { label: 'taxii.publishedAmong' },
      ),

    /** Turns publication of an investigation on or off; the audit row comes from the same insert. */
    setPublished: (id: string, published: boolean, stamp: WriteStamp) =>
      db.insert('taxii_publications', [{ investigation_id: id, published: published ? 1 : 0, at: chTime(new Date()), ...stamp }]),

    /** The investigation state each collection was last synced from. */
    syncs: (collections: string[]) =>
      db.query<{ collection: string; source: string }>(
        sql`SELECT toString(c) AS collection, source FROM (
              SELECT collection AS c, argMax(source, synced_at) AS source FROM ${db.table('taxii_syncs')}
              WHERE collection IN ${sql.typed(collections, 'Array(UUID)')} GROUP BY collection
            )`,
        { label: 'taxii.syncs' },
      ),

    /** The newest version of every object a collection ever held (revoked ones included). */
    latest: (collection: string) =>
      db.query<ObjectRow>(
        sql`SELECT toString(collection) AS collection, object_id, toString(version) AS version, toString(date_added) AS date_added,
                   toString(type) AS type, content_hash, revoked, object
            FROM (SELECT * FROM ${objects} FINAL WHERE collection = ${sql.typed(collection, 'UUID')} ORDER BY version DESC LIMIT 1 BY object_id)`,
        { label: 'taxii.latest' },
      ),

    /** Stores a collection's new object versions and its bookmark; the rows once, whoever syncs the same state. */
    async store(collection: string, source: string, rows: Omit<ObjectRow, 'collection'>[]) {
      if (rows.length)
        await db.insert(
          'taxii_objects',
          rows.map((r) => ({ ...r, collection, source })),
          { settings: tokenSettings(`taxii:${collection}:${source}`) },
        );
      await db.insert('taxii_syncs', [{ collection, source, synced_at: chTime(new Date()) }]);
    },

    /** A page of object versions (one more than the limit: whether there are more). */
    page: (f: ObjectFilter) =>
      db.query<ObjectRow>(
        filtered(
          f,
          sql`toString(collection) AS collection, object_id, toString(version) AS version, toString(date_added) AS date_added, toString(type) AS type, content_hash, revoked, object`,
        ),
        { label: 'taxii.page' },
      ),

    /** The same page without the objects' bodies (a manifest, an object's versions). */
    manifest: (f: ObjectFilter) =>
      db.query<Omit<ObjectRow, 'object' | 'content_hash'>>(
        filtered(
          f,
          sql`toString(collection) AS collection, object_id, toString(version) AS version, toString(date_added) AS date_added, toString(type) AS type, revoked`,
        ),
        { label: 'taxii.manifest' },
      ),
  };
}
