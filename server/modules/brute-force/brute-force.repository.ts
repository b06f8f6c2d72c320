import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

/** Authentication paths, as view_form_bruteforce_detected defines them. */
export const LOGIN_PATHS = '(?i)(login|signin|sign-in|logon|auth|session|wp-login|account)';
/** POSTs on login paths from one IP to one host before it counts as brute force (as the view). */
export const MIN_POSTS = 20;

export interface AttackRow {
  ip: string;
  host: string;
  posts: number;
  failed: number;
  distinct_paths: number;
  first_seen: string;
  last_seen: string;
  ja4: string;
  asn_org: string;
  country_code: string;
}

export interface BucketRow {
  bucket: string;
  posts: number;
  attackers: number;
}

export function createBruteForceRepository(db: Db) {
  const attempts = (w: Window, host?: string): Sql =>
    sql`SELECT ${ipText('src_ip')} AS ip, toString(host) AS host, count() AS posts,
               countIf(status IN (401, 403, 429)) AS failed, uniqExact(path) AS distinct_paths, min(time) AS first_seen, max(time) AS last_seen,
               toString(any(ja4)) AS ja4, toString(any(src_asn_org)) AS asn_org, toString(any(src_country_code)) AS country_code
        FROM ${db.table('http_logs')}
        WHERE method = 'POST' AND match(path, ${LOGIN_PATHS}) AND time >= ${w.since} AND time < ${w.until}
          ${host ? sql`AND host = ${host}` : sql.empty}
        GROUP BY src_ip, host HAVING posts >= ${MIN_POSTS}`;

  return {
    /** Brute-forcing (IP, host) pairs of the window, most POSTs first. */
    attacks: (w: Window, limit: number, host?: string) =>
      db.query<AttackRow>(sql`${attempts(w, host)} ORDER BY posts DESC, ip LIMIT ${limit}`, { label: 'bruteForce.attacks' }),

    /** Login POSTs per time bucket, by the IPs that brute-force in the window. */
    timeline: (w: Window, bucketS: number) =>
      db.query<BucketRow>(
        sql`SELECT toStartOfInterval(time, toIntervalSecond(${bucketS})) AS bucket, count() AS posts, uniqExact(src_ip) AS attackers
            FROM ${db.table('http_logs')}
            WHERE method = 'POST' AND match(path, ${LOGIN_PATHS}) AND time >= ${w.since} AND time < ${w.until}
              AND (src_ip, host) IN (SELECT src_ip, host FROM ${db.table('http_logs')}
                                     WHERE method = 'POST' AND match(path, ${LOGIN_PATHS}) AND time >= ${w.since} AND time < ${w.until}
                                     GROUP BY src_ip, host HAVING count() >= ${MIN_POSTS})
            GROUP BY bucket ORDER BY bucket`,
        { label: 'bruteForce.timeline' },
      ),
  };
}
