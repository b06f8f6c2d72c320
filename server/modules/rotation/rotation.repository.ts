import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface Ja4RotationRow {
  ip: string;
  host: string;
  day: string;
  distinct_ja4: number;
  ja4_list: string[];
  total_hits: number;
}

export interface UaRotationRow {
  ip: string;
  ja4: string;
  window_start: string;
  distinct_ua_count: number;
  ua_samples: string[];
  total_requests: number;
}

export interface RecurrenceListRow {
  ip: string;
  recurrence: number;
  worst_score: number;
  worst_threat: string;
  first_seen: string;
  last_seen: string;
  top_ja4: string;
  top_host: string;
}

export interface CascadeRow {
  ip: string;
  host: string;
  window_start: string;
  page_count: number;
  avg_sub_delay_ms: number;
  stddev_sub_delay_ms: number;
  max_sub_resources: number;
}

const ipOut = ipText('src_ip');

export function createRotationRepository(db: Db) {
  return {
    /** IPs presenting several JA4s to one host in one day (the rotation view, windowed). */
    ja4Rotators: (w: Window, limit: number) =>
      db.query<Ja4RotationRow>(
        sql`SELECT ${ipOut} AS ip, toString(host) AS host, window_start AS day, distinct_ja4, arraySort(ja4_list) AS ja4_list, total_hits
            FROM ${db.table('view_host_ip_ja4_rotation')}
            WHERE window_start >= toStartOfDay(${w.since}) AND window_start < ${w.until}
            ORDER BY distinct_ja4 DESC, total_hits DESC, ip LIMIT ${limit}`,
        { label: 'rotation.ja4' },
      ),

    /** IP × JA4 hours with at least `minUas` distinct User-Agents. */
    uaRotators: (w: Window, minUas: number, limit: number) =>
      db.query<UaRotationRow>(
        sql`SELECT ${ipOut} AS ip, toString(ja4) AS ja4, window_start, distinct_ua_count, ua_samples, total_requests
            FROM ${db.table('view_dashboard_user_agents')}
            WHERE window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until} AND distinct_ua_count >= ${minUas}
            ORDER BY distinct_ua_count DESC, total_requests DESC, ip LIMIT ${limit}`,
        { label: 'rotation.ua' },
      ),

    /** IPs flagged on several days (over all retained detections). */
    persistent: (limit: number) =>
      db.query<RecurrenceListRow>(
        sql`SELECT ${ipOut} AS ip, recurrence, worst_score, toString(worst_threat) AS worst_threat, first_seen, last_seen, toString(top_ja4) AS top_ja4, toString(top_host) AS top_host
            FROM ${db.table('view_ip_recurrence')} ORDER BY recurrence DESC, worst_score DESC, ip LIMIT ${limit}`,
        { label: 'rotation.persistent' },
      ),

    /** Page → sub-resource cascades of the given IPs, newest first. */
    cascades: (ips: readonly string[], w: Window, limit: number) =>
      db.query<CascadeRow>(
        sql`SELECT ${ipOut} AS ip, toString(host) AS host, window_start, page_count, avg_sub_delay_ms, stddev_sub_delay_ms, max_sub_resources
            FROM ${db.table('view_resource_cascade_1h')}
            WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} AND window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}
            ORDER BY window_start DESC LIMIT ${limit} BY src_ip`,
        { label: 'rotation.cascade' },
      ),
  };
}
