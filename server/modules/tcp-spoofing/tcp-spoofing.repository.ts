import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export interface SpoofRow {
  ip: string;
  ua_os: string;
  tcp_os: string;
  ttl: number;
  mss: number;
  window_size: number;
  ja4: string;
  ja4t: string;
  user_agent: string;
  asn_org: string;
  country_code: string;
  hits: number;
  first_seen: string;
  last_seen: string;
  reason: string;
}

export function createTcpSpoofingRepository(db: Db) {
  return {
    /** TCP stacks contradicting the claimed OS, active in the window (counts over the retained logs). */
    list: (w: Window, limit: number) =>
      db.query<SpoofRow>(
        sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip, ua_os, tcp_os, ttl, mss, window_size, toString(ja4) AS ja4, toString(ja4t) AS ja4t,
                   user_agent, toString(asn_org) AS asn_org, toString(country_code) AS country_code, hits, first_seen, last_seen, reason
            FROM ${db.table('view_tcp_spoofing_detected')}
            WHERE last_seen >= ${w.since} AND first_seen < ${w.until}
            ORDER BY hits DESC, ip LIMIT ${limit}`,
        { label: 'tcpSpoofing.list' },
      ),
  };
}
