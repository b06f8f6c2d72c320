import type { Db } from '../../db/client.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';
import { hourlyAndDaily, keyCount } from '../../graph/layer.sql.js';
import type { Dim } from '../../graph/columns.sql.js';

export interface KeyGroup {
  kind: Dim;
  keys: string[];
}

export interface LinkGroup {
  from: Dim;
  to: Dim;
  keys: string[];
}

/** One watched key's hour: requests, and detections by level. */
export interface HourRow {
  kind: string;
  key: string;
  hour: string;
  hits: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
}

/** A neighbour of a watched key in the hours read: when it first appeared with it, and how much. */
export interface NeighbourRow {
  from_kind: string;
  from_key: string;
  to_kind: string;
  to_key: string;
  first_hour: string;
  first_seen: string;
  hits: number;
}

const anyOf = (xs: Sql[]) => sql`(${sql.join(xs, ' OR ')})`;
const keysIn = (groups: KeyGroup[]) => anyOf(groups.map((g) => sql`(kind = ${g.kind} AND key IN ${g.keys})`));
const linksOf = (groups: LinkGroup[]) => anyOf(groups.map((g) => sql`(from_kind = ${g.from} AND to_kind = ${g.to} AND from_key IN ${g.keys})`));

/**
 * What an evaluation run reads of the graph layer: only the watched keys' rows, only the hours since
 * the watermark (and, for the keys that fired, the days their rules look back): its cost follows the
 * number of watches, not the traffic.
 */
export function createEvaluationRepository(db: Db) {
  return {
    /** Per watched key and hour since `w.since`: its requests, and its detections by level. */
    hours: (groups: KeyGroup[], w: Window) =>
      db.query<HourRow>(
        sql`SELECT kind, key, toString(h) AS hour, hits, critical, high, medium, low FROM (
              SELECT kind, key, hour AS h,
                     sumIf(hits, source = 'traffic') AS hits,
                     sumIf(critical, source = 'detections') AS critical, sumIf(high, source = 'detections') AS high,
                     sumIf(medium, source = 'detections') AS medium, sumIf(low, source = 'detections') AS low
              FROM ${db.table('graph_nodes_1h')}
              WHERE ${keysIn(groups)} AND hour >= ${w.since} AND hour < ${w.until}
              GROUP BY kind, key, hour
            )
            ORDER BY kind, key, h`,
        { label: 'alerting.hours' },
      ),

    /** Each key's last hour (or day) of traffic in the window: how long it was silent before it came back. */
    lastActive: (groups: KeyGroup[], w: Window) =>
      db.query<{ kind: string; key: string; last: string }>(
        sql`SELECT kind, key, toString(max(t)) AS last
            FROM (${hourlyAndDaily(
              'graph_nodes',
              db,
              sql`kind, key`,
              sql`source = 'traffic' AND ${keysIn(groups)}`,
              w,
              groups.map((g) => g.kind),
              { time: true, keys: keyCount(groups) },
            )})
            GROUP BY kind, key`,
        { label: 'alerting.lastActive' },
      ),

    /** The watched keys' neighbours of the watched kinds in the traffic since `w.since`, each with its first hour. */
    neighbours: (groups: LinkGroup[], w: Window) =>
      db.query<NeighbourRow>(
        sql`SELECT from_kind, from_key, to_kind, to_key, toString(min(hour)) AS first_hour, toString(min(first_seen)) AS first_seen, sum(hits) AS hits
            FROM ${db.table('graph_links_1h')}
            WHERE source = 'traffic' AND ${linksOf(groups)} AND hour >= ${w.since} AND hour < ${w.until}
            GROUP BY from_kind, from_key, to_kind, to_key`,
        { label: 'alerting.neighbours' },
      ),

    /**
     * Of those candidates, the ones already linked to their key in the window before (the rule's
     * look-back), with the last time: read by the watched keys' own rows, candidates filtered there.
     */
    seenBefore: (groups: (LinkGroup & { candidates: string[] })[], w: Window) =>
      db.query<{ from_kind: string; from_key: string; to_key: string; last: string }>(
        sql`SELECT from_kind, from_key, to_key, toString(max(t)) AS last
            FROM (${hourlyAndDaily(
              'graph_links',
              db,
              sql`from_kind, from_key, to_key`,
              sql`source = 'traffic' AND ${anyOf(
                groups.map((g) => sql`(from_kind = ${g.from} AND to_kind = ${g.to} AND from_key IN ${g.keys} AND to_key IN ${g.candidates})`),
              )}`,
              w,
              groups.map((g) => g.from),
              { time: true, keys: keyCount(groups) },
            )})
            GROUP BY from_kind, from_key, to_key`,
        { label: 'alerting.seenBefore' },
      ),
  };
}
