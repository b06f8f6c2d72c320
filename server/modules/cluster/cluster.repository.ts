import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

import { AI_FEATURES, type AiFeature } from '../../db/ml-features.js';

/** The behavioural features clustered, as the bot-detector computed them (model Complet): the whole catalogue. */
export const FEATURES = AI_FEATURES;
export type Feature = AiFeature;

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
        sql`SELECT ${ipText('src_ip')} AS ip, sum(hits) AS hits, [${cols}] AS v
            FROM ${db.table('ml_all_scores')}
            WHERE model_name = 'Complet' AND detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY src_ip ORDER BY hits DESC, ip LIMIT ${MAX_POINTS}`,
        { label: 'cluster.features', timeoutS: 120 },
      );
      return rows.map((r) => ({ ip: r.ip, hits: r.hits, values: r.v.map(Number) }));
    },
  };
}
