import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export interface HttpRequestRow {
  ip: string;
  time: string;
  method: string;
  host: string;
  path: string;
  query: string;
  status: number;
  http_version: string;
  user_agent: string;
  referer: string;
  ja4: string;
  ttl: number;
  tcp_window: number;
  tcp_mss: number;
  src_port: number;
  country_code: string;
  total: number;
}

export interface RecurrenceRow {
  ip: string;
  recurrence: number;
  active_hours: number;
  detections: number;
  worst_score: number;
  worst_threat: string;
  first_seen: string;
  last_seen: string;
  top_ja4: string;
  top_host: string;
}

const ipOut = sql`replaceRegexpOne(toString(src_ip), '^::ffff:', '')`;

export function createIpRepository(db: Db) {
  return {
    /** The newest requests of each IP in the window, at most `limit` each, with each IP's total. */
    httpLogs(ips: readonly string[], w: Window, limit: number) {
      return db.query<HttpRequestRow>(
        sql`SELECT ${ipOut} AS ip, time, method, host, path, query, status, http_version, header_user_agent AS user_agent,
                   header_referer AS referer, ja4, ip_ttl AS ttl, tcp_window, tcp_mss, src_port, toString(src_country_code) AS country_code,
                   count() OVER (PARTITION BY src_ip) AS total
            FROM ${db.table('http_logs')}
            WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} AND time >= ${w.since} AND time < ${w.until}
            ORDER BY src_ip, time DESC
            LIMIT ${limit} BY src_ip`,
        { label: 'ip.httpLogs' },
      );
    },

    /** Days on which each IP was flagged, from the recurrence view (IPs flagged on one day only: no row). */
    recurrence(ips: readonly string[]) {
      return db.query<RecurrenceRow>(
        sql`SELECT ${ipOut} AS ip, recurrence, active_hours, detections, worst_score, worst_threat, first_seen, last_seen, top_ja4, top_host
            FROM ${db.table('view_ip_recurrence')} WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')}`,
        { label: 'ip.recurrence' },
      );
    },
  };
}
