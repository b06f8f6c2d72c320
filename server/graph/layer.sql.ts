import type { Db } from '../db/client.js';
import { sql, type Sql } from '../db/sql.js';
import { wholeHours, type Window } from '../db/window.js';
import type { Dim, Source } from './columns.sql.js';

/** SQL over the graph layer's tables that repositories of other modules may build on. */

export const SOURCE_NAME: Record<Source, string> = { logs: 'traffic', ml: 'detections' };

const DAY = 86_400_000;

/** Kinds with few links per key: an IP's fingerprints and hosts, a /24's addresses. */
export const FEW_LINKS: readonly Dim[] = ['IP', 'SUBNET'];

/**
 * Rows of a link or degree table over a window: its whole UTC days from the daily table, its
 * partial days at either end from the hourly one, as one row set (the columns are aggregate
 * states and sums, so the caller's GROUP BY merges both).
 */
export function hourlyAndDaily(table: 'graph_links' | 'graph_degrees', db: Db, columns: Sql, where: Sql, window: Window, kinds: Dim[]): Sql {
  const w = wholeHours(window);
  const d1 = new Date(Math.ceil(w.since.getTime() / DAY) * DAY);
  const d2 = new Date(Math.floor(w.until.getTime() / DAY) * DAY);
  const hourly = db.table(`${table}_1h`);
  // an IP's or a /24's links are few whatever the window: one table is one plan cheaper than two
  if (d2 <= d1 || kinds.every((k) => FEW_LINKS.includes(k))) {
    return sql`SELECT ${columns} FROM ${hourly} WHERE ${where} AND hour >= ${w.since} AND hour < ${w.until}`;
  }
  return sql`SELECT ${columns} FROM ${hourly} WHERE ${where} AND ((hour >= ${w.since} AND hour < ${d1}) OR (hour >= ${d2} AND hour < ${w.until}))
             UNION ALL
             SELECT ${columns} FROM ${db.table(`${table}_1d`)} WHERE ${where} AND day >= toDate(${d1}) AND day < toDate(${d2})`;
}

/**
 * `src_ip IN (…)` the IPs the layer links to `keys` in the window: lets a read of raw rows about a
 * host, an AS, a country, a User-Agent or a campaign use the raw tables' (src_ip, time) key.
 */
export function ipsLinkedTo(db: Db, kind: Dim, keys: readonly string[], w: Window, src: Source): Sql {
  const where = sql`source = ${SOURCE_NAME[src]} AND from_kind = ${kind} AND to_kind = 'IP' AND from_key IN ${[...keys]}`;
  return sql`src_ip IN (SELECT DISTINCT toIPv6(to_key) FROM (${hourlyAndDaily('graph_links', db, sql`to_key`, where, w, [kind])}))`;
}
