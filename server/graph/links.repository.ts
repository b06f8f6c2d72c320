import type { Db } from '../db/client.js';
import { sql } from '../db/sql.js';
import type { Window } from '../db/window.js';
import { expr, keyIn, keyOut, present, sourceFor, sourceTable, type Dim, type Source } from './columns.sql.js';
import { detectionsThroughIps } from './layer.sql.js';

export interface LinkRow {
  from_key: string;
  to_key: string;
  hits: number;
  unique_ips: number;
  /** Rows behind the link: requests, or detections. */
  rows: number;
  first_seen: string;
  last_seen: string;
  /** Distinct linked values of this from_key in the window: the connection's totalCount. */
  total: number;
}

export interface DegreeRow {
  key: string;
  degree: number;
}

export function createLinkRepository(db: Db) {
  return {
    /**
     * The values of `to` seen with each key of `from` in the window, heaviest first, at most
     * `limit` per key, with each key's total: one query for the whole batch of keys.
     */
    async links(from: Dim, to: Dim, keys: readonly string[], w: Window, limit: number, source: Source = sourceFor(from, to)): Promise<LinkRow[]> {
      const s = sourceTable(db, source);
      return db.query<LinkRow>(
        sql`SELECT from_key, to_key, hits, unique_ips, rows, first_seen, last_seen, count() OVER (PARTITION BY from_key) AS total
            FROM (
              SELECT ${keyOut(from, source)} AS from_key, ${keyOut(to, source)} AS to_key,
                     ${s.hits} AS hits, uniqExact(src_ip) AS unique_ips, count() AS rows, min(${s.time}) AS first_seen, max(${s.time}) AS last_seen
              FROM ${s.table}
              WHERE ${keyIn(from, source, keys)} AND ${present(to, source)} AND ${source === 'ml' ? detectionsThroughIps(db, from, keys, w) : sql`1`}
                AND ${s.time} >= ${w.since} AND ${s.time} < ${w.until}
              GROUP BY from_key, to_key
            )
            ORDER BY from_key, ${source === 'ml' ? sql`rows DESC, ` : sql``}hits DESC, to_key
            LIMIT ${limit} BY from_key`,
        { label: `links.${from}.${to}` },
      );
    },

    /** How many distinct values of each of `others` every key is linked to in the window, summed. */
    async degrees(kind: Dim, others: Dim[], keys: readonly string[], w: Window): Promise<DegreeRow[]> {
      const groups = (['logs', 'ml'] as const)
        .map((source) => ({ source, dims: others.filter((o) => sourceFor(kind, o) === source) }))
        .filter((g) => g.dims.length > 0);
      const parts = groups.map(({ source, dims }) => {
        const s = sourceTable(db, source);
        const counts = sql.join(
          dims.map((d) => sql`uniqExactIf(${expr(d, source)}, ${present(d, source)})`),
          ' + ',
        );
        return sql`SELECT ${keyOut(kind, source)} AS key, ${counts} AS degree FROM ${s.table}
                   WHERE ${keyIn(kind, source, keys)} AND ${s.time} >= ${w.since} AND ${s.time} < ${w.until}
                   GROUP BY key`;
      });
      return db.query<DegreeRow>(sql`SELECT key, sum(degree) AS degree FROM (${sql.join(parts, ' UNION ALL ')}) GROUP BY key`, {
        label: `degrees.${kind}`,
      });
    },
  };
}
