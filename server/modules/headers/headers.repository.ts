import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface HeaderClusterRow {
  hash: string;
  client_headers: string;
  header_count: number;
  ips: number;
  hits: number;
  user_agents: number;
  sample_user_agent: string;
  sample_ja4: string;
}

export function createHeadersRepository(db: Db) {
  const agg = db.table('agg_header_fingerprint_1h');
  const inWindow = (w: Window) => sql`window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}`;
  return {
    /** Header-order fingerprints (all, or one hash), most IPs first. */
    clusters: (w: Window, limit: number, hash?: string) =>
      db.query<HeaderClusterRow>(
        sql`SELECT toString(header_hash) AS hash, any(client_headers) AS client_headers, any(header_count) AS header_count,
                   uniqExact(src_ip) AS ips, sum(hits) AS hits, uniqMerge(user_agents) AS user_agents,
                   any(user_agent) AS sample_user_agent, any(ja4) AS sample_ja4
            FROM ${agg} WHERE ${inWindow(w)} ${hash ? sql`AND header_hash = ${sql.typed(hash, 'UInt64')}` : sql.empty}
            GROUP BY header_hash ORDER BY ips DESC, hits DESC, hash LIMIT ${limit}`,
        { label: 'headers.clusters' },
      ),

    /** The IPs that sent one header layout. */
    ips: (hash: string, w: Window, limit: number) =>
      db.query<{ ip: string; hits: number; asn_org: string; country_code: string; user_agent: string }>(
        sql`SELECT ${ipText('src_ip')} AS ip, sum(hits) AS hits, any(asn_org) AS asn_org,
                   any(country_code) AS country_code, any(user_agent) AS user_agent
            FROM ${agg} WHERE header_hash = ${sql.typed(hash, 'UInt64')} AND ${inWindow(w)}
            GROUP BY src_ip ORDER BY hits DESC, ip LIMIT ${limit}`,
        { label: 'headers.ips' },
      ),
  };
}
