import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export interface SiblingRow {
  family: string;
  ja4: string;
  hits: number;
  unique_ips: number;
}

export function createJa4Repository(db: Db) {
  return {
    /** Fingerprints seen in the window whose sections a and c ("a_c") are among `families`. */
    siblings(families: readonly string[], w: Window) {
      return db.query<SiblingRow>(
        sql`SELECT family, fingerprint AS ja4, count() AS hits, uniqExact(src_ip) AS unique_ips
            FROM (
              SELECT toString(ja4) AS fingerprint, src_ip,
                     concat(splitByChar('_', fingerprint)[1], '_', splitByChar('_', fingerprint)[3]) AS family
              FROM ${db.table('http_logs')}
              WHERE time >= ${w.since} AND time < ${w.until} AND ja4 != ''
            )
            WHERE family IN ${[...families]}
            GROUP BY family, fingerprint
            ORDER BY hits DESC`,
        { label: 'ja4.siblings' },
      );
    },
  };
}
