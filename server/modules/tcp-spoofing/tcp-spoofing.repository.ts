import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

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

export interface SummaryRow {
  dim: 'total' | 'claimed' | 'inferred' | 'ttl_mss';
  k1: string;
  k2: string;
  ips: number;
  hits: number;
}

export function createTcpSpoofingRepository(db: Db) {
  const view = db.table('view_tcp_spoofing_detected');
  return {
    /** Spoofing IPs and requests in all, per claimed OS, per observed stack and per TTL × MSS: one pass over the view. */
    summary: (w: Window) =>
      // with group_by_use_nulls, the columns a grouping set leaves out come back NULL: that says which set a row is
      db.query<SummaryRow>(
        sql`SELECT multiIf(ua_os IS NOT NULL, 'claimed', tcp_os IS NOT NULL, 'inferred', ttl IS NOT NULL, 'ttl_mss', 'total') AS dim,
                   toString(coalesce(ua_os, tcp_os, toString(ttl), '')) AS k1, toString(coalesce(toString(mss), '')) AS k2,
                   uniqExact(src_ip) AS ips, sum(hits) AS hits
            FROM ${view} WHERE last_seen >= ${w.since} AND first_seen < ${w.until}
            GROUP BY GROUPING SETS ((), (ua_os), (tcp_os), (ttl, mss))
            SETTINGS group_by_use_nulls = 1`,
        { label: 'tcpSpoofing.summary' },
      ),

    /** TCP stacks contradicting the claimed OS, active in the window (counts over the retained logs). */
    list: (w: Window, limit: number) =>
      db.query<SpoofRow>(
        sql`SELECT ${ipText('src_ip')} AS ip, ua_os, tcp_os, ttl, mss, window_size, toString(ja4) AS ja4, toString(ja4t) AS ja4t,
                   user_agent, toString(asn_org) AS asn_org, toString(country_code) AS country_code, hits, first_seen, last_seen, reason
            FROM ${db.table('view_tcp_spoofing_detected')}
            WHERE last_seen >= ${w.since} AND first_seen < ${w.until}
            ORDER BY hits DESC, ip LIMIT ${limit}`,
        { label: 'tcpSpoofing.list' },
      ),
  };
}
