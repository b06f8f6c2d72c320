import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface SpreadRow {
  ja4: string;
  unique_ips: number;
  countries: number;
  asns: number;
  hits: number;
  flagged_share: number;
}

/** Of a fingerprint's scored windows, the share the detector flagged (known crawlers are not flagged). */
const FLAGGED_SHARE = sql`countIf(threat_level NOT IN ('LEGITIMATE_BROWSER', 'KNOWN_BOT')) / count()`;

export function createBotnetRepository(db: Db) {
  return {
    /** JA4s by how widely they are spread (countries, then ASes, then IPs), with the share of their scored windows the detector flagged. */
    spread: (w: Window, minCountries: number, limit: number) =>
      db.query<SpreadRow>(
        sql`SELECT s.ja4 AS ja4, s.unique_ips AS unique_ips, s.countries AS countries, s.asns AS asns, s.hits AS hits, ifNull(f.share, 0) AS flagged_share
            FROM (
              SELECT toString(ja4) AS ja4, uniqExact(src_ip) AS unique_ips, uniqExact(country_code) AS countries, uniqExact(asn) AS asns, sum(hits) AS hits
              FROM ${db.table('agg_host_ip_ja4_1h')}
              WHERE window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until} AND ja4 != ''
              GROUP BY ja4 HAVING countries >= ${minCountries}
            ) AS s
            LEFT JOIN (
              SELECT toString(ja4) AS ja4, ${FLAGGED_SHARE} AS share
              FROM ${db.table('ml_all_scores')}
              WHERE detected_at >= ${w.since} AND detected_at < ${w.until}
              GROUP BY ja4
            ) AS f ON f.ja4 = s.ja4
            ORDER BY countries DESC, asns DESC, unique_ips DESC, ja4 LIMIT ${limit}`,
        { label: 'botnet.spread' },
      ),

    /** The flagged share of each of these fingerprints' scored windows (read by key through the scores' by-JA4 projection). */
    flaggedShares: (ja4s: readonly string[], w: Window) =>
      db.query<{ ja4: string; share: number }>(
        sql`SELECT toString(ja4) AS ja4, ${FLAGGED_SHARE} AS share FROM ${db.table('ml_all_scores')}
            WHERE ja4 IN ${[...ja4s]} AND detected_at >= ${w.since} AND detected_at < ${w.until} GROUP BY ja4`,
        { label: 'botnet.flaggedShares' },
      ),
  };
}
