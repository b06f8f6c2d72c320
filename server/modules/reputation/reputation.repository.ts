import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface OwnDataRow {
  ip: string;
  asn: number;
  asn_org: string;
  asn_label: string;
  country: string;
  last_seen: string;
}

export function createReputationRepository(db: Db) {
  return {
    /** What our own capture knows of each IP (its latest AS and country): one query for any number of IPs. */
    ownData: (ips: readonly string[], w: Window) =>
      db.query<OwnDataRow>(
        sql`SELECT ${ipText('src_ip')} AS ip,
                   argMax(src_asn, time) AS asn, toString(argMax(src_asn_org, time)) AS asn_org,
                   toString(argMax(src_asn_label, time)) AS asn_label, toString(argMax(src_country_code, time)) AS country,
                   max(time) AS last_seen
            FROM ${db.table('http_logs')}
            WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} AND time >= ${w.since} AND time < ${w.until}
            GROUP BY src_ip`,
        { label: 'reputation.ownData' },
      ),
  };
}
