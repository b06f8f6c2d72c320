import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

/** The behavioural features clustered, as the bot-detector computed them (model Complet). */
export const FEATURES = [
  'hit_velocity',
  'fuzzing_index',
  'post_ratio',
  'asset_ratio',
  'direct_access_ratio',
  'temporal_entropy',
  'path_diversity_ratio',
  'modern_browser_score',
  'header_count',
  'src_port_density',
  'distinct_ja4_count',
  'is_ua_rotating',
] as const;
export type Feature = (typeof FEATURES)[number];

export interface FeatureRow {
  ip: string;
  hits: number;
  values: number[];
}

/** Cap on the IPs clustered per window, busiest first: keeps K-Means interactive. */
export const MAX_POINTS = 20_000;

export function createClusterRepository(db: Db) {
  return {
    async features(w: Window): Promise<FeatureRow[]> {
      const cols = sql.join(FEATURES.map((f) => sql`avg(${sql.identifier(f)})`));
      const rows = await db.query<{ ip: string; hits: number; v: number[] }>(
        sql`SELECT replaceRegexpOne(toString(src_ip), '^::ffff:', '') AS ip, sum(hits) AS hits, [${cols}] AS v
            FROM ${db.table('ml_all_scores')}
            WHERE model_name = 'Complet' AND detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY src_ip ORDER BY hits DESC, ip LIMIT ${MAX_POINTS}`,
        { label: 'cluster.features', timeoutS: 120 },
      );
      return rows.map((r) => ({ ip: r.ip, hits: r.hits, values: r.v.map(Number) }));
    },
  };
}
