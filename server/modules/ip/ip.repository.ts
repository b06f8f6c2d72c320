import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';
import { HTTP_REQUEST_COLUMNS, ipText, type HttpRequestRow } from '../../db/http-logs.js';

export type { HttpRequestRow };

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

const ipOut = ipText('src_ip');

export function createIpRepository(db: Db) {
  return {
    /** The newest requests of each IP in the window, at most `limit` each, with each IP's total. */
    httpLogs(ips: readonly string[], w: Window, limit: number) {
      return db.query<HttpRequestRow>(
        sql`SELECT ${HTTP_REQUEST_COLUMNS}, count() OVER (PARTITION BY src_ip) AS total
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
