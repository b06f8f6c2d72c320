import type { Db } from '../db/client.js';
import { sql } from '../db/sql.js';
import type { Window } from '../db/window.js';
import { keyIn, keyOut, present, sourceFor, sourceTable, type Dim, type Source } from './columns.sql.js';

export interface ActivityRow {
  key: string;
  first_seen: string;
  last_seen: string;
  hits: number;
  unique_ips: number;
  /** Rows aggregated: requests in the logs, detections in the ML table. */
  rows: number;
}

export interface ThreatRow {
  key: string;
  threat_level: string;
  detections: number;
}

export interface TimelineRow {
  key: string;
  bucket: string;
  hits: number;
  unique_ips: number;
}

export function createActivityRepository(db: Db) {
  const inWindow = (time: ReturnType<typeof sourceTable>['time'], w: Window) => sql`${time} >= ${w.since} AND ${time} < ${w.until}`;

  return {
    /** The most frequent values of one dimension in the window, with how many distinct values there are. */
    topValues(kind: Dim, w: Window, limit: number, source: Source = sourceFor(kind)) {
      const s = sourceTable(db, source);
      return db.query<{ value: string; hits: number; unique_ips: number; rows: number; total: number }>(
        sql`SELECT ${keyOut(kind, source)} AS value, ${s.hits} AS hits, uniqExact(src_ip) AS unique_ips, count() AS rows, count() OVER () AS total
            FROM ${s.table} WHERE ${inWindow(s.time, w)} AND ${present(kind, source)}
            GROUP BY value ORDER BY hits DESC, value LIMIT ${limit}`,
        { label: `topValues.${kind}` },
      );
    },

    /** First/last seen, hits and distinct IPs of each key in the window (absent keys: no row). */
    async activity(kind: Dim, keys: readonly string[], w: Window, source: Source = sourceFor(kind)): Promise<ActivityRow[]> {
      const s = sourceTable(db, source);
      return db.query<ActivityRow>(
        sql`SELECT ${keyOut(kind, source)} AS key, min(${s.time}) AS first_seen, max(${s.time}) AS last_seen,
                   ${s.hits} AS hits, uniqExact(src_ip) AS unique_ips, count() AS rows
            FROM ${s.table}
            WHERE ${keyIn(kind, source, keys)} AND ${inWindow(s.time, w)}
            GROUP BY key`,
        { label: `activity.${kind}` },
      );
    },

    /** Detections per threat level of each key in the window. */
    async threatLevels(kind: Dim, keys: readonly string[], w: Window): Promise<ThreatRow[]> {
      const s = sourceTable(db, 'ml');
      return db.query<ThreatRow>(
        sql`SELECT ${keyOut(kind, 'ml')} AS key, threat_level, count() AS detections
            FROM ${s.table}
            WHERE ${keyIn(kind, 'ml', keys)} AND ${inWindow(s.time, w)}
            GROUP BY key, threat_level`,
        { label: `threats.${kind}` },
      );
    },

    /** Hits and distinct IPs per time bucket of each key (empty buckets omitted). */
    async timeline(kind: Dim, keys: readonly string[], w: Window, bucketS: number): Promise<TimelineRow[]> {
      const source = sourceFor(kind);
      const s = sourceTable(db, source);
      return db.query<TimelineRow>(
        sql`SELECT ${keyOut(kind, source)} AS key, toStartOfInterval(${s.time}, toIntervalSecond(${bucketS})) AS bucket,
                   ${s.hits} AS hits, uniqExact(src_ip) AS unique_ips
            FROM ${s.table}
            WHERE ${keyIn(kind, source, keys)} AND ${inWindow(s.time, w)}
            GROUP BY key, bucket ORDER BY key, bucket`,
        { label: `timeline.${kind}` },
      );
    },
  };
}
