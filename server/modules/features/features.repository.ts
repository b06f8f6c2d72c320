import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

import { AI_FEATURES, type AiFeature } from '../../db/ml-features.js';

export interface ProfileRow {
  sessions: number;
  hits: number;
  values: number[];
}

const features = (fn: Sql) => sql.join(AI_FEATURES.map((f) => sql`${fn}(${sql.identifier(f)})`));

export function createFeaturesRepository(db: Db) {
  const view = db.table('view_ai_features_1h');
  const inWindow = (w: Window) => sql`window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until}`;
  const avgs = features(sql.identifier('avg'));

  return {
    /**
     * Mean features of the sessions whose AS label is among `labels` (all when empty): per IP × JA4 × hour,
     * or per IP × hour (the thesis view).
     */
    async profile(w: Window, labels: string[], perIpHour = false): Promise<ProfileRow> {
      const filter: Sql = labels.length ? sql`AND asn_label IN ${labels}` : sql.empty;
      const source = perIpHour ? db.table('view_thesis_features_1h') : view;
      const [row] = await db.query<{ sessions: number; hits: number; v: number[] }>(
        sql`SELECT count() AS sessions, sum(hits) AS hits, [${avgs}] AS v FROM ${source} WHERE ${inWindow(w)} ${filter}`,
        { label: 'features.profile' },
      );
      return { sessions: row?.sessions ?? 0, hits: row?.hits ?? 0, values: (row?.v ?? []).map((x) => Number(x) || 0) };
    },

    /** Population variance of each feature (the legacy importance proxy). */
    async variance(w: Window): Promise<number[]> {
      const [row] = await db.query<{ v: number[] }>(sql`SELECT [${features(sql.identifier('varPop'))}] AS v FROM ${view} WHERE ${inWindow(w)}`, {
        label: 'features.variance',
      });
      return (row?.v ?? []).map((x) => Number(x) || 0);
    },

    /** Mean features of each IP across its sessions. */
    byIp: (ips: readonly string[], w: Window) =>
      db.query<{ ip: string; sessions: number; v: number[] }>(
        sql`SELECT ${ipText('src_ip')} AS ip, count() AS sessions, [${avgs}] AS v
            FROM ${view} WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} AND ${inWindow(w)} GROUP BY src_ip`,
        { label: 'features.byIp' },
      ),

    /** The busiest sessions with their features (scatter plots). */
    top: (w: Window, limit: number) =>
      db.query<{ ip: string; ja4: string; asn_label: string; bot_name: string; hits: number; v: number[] }>(
        sql`SELECT ${ipText('src_ip')} AS ip, toString(ja4) AS ja4, toString(asn_label) AS asn_label,
                   toString(bot_name) AS bot_name, hits, [${sql.join(AI_FEATURES.map((f) => sql`toFloat64(${sql.identifier(f)})`))}] AS v
            FROM ${view} WHERE ${inWindow(w)} ORDER BY hits DESC, ip LIMIT ${limit}`,
        { label: 'features.top' },
      ),

    /** Sessions per value of one feature, rounded to 2 decimals. */
    histogram: (feature: AiFeature, w: Window) =>
      db.query<{ bucket: number; n: number }>(
        sql`SELECT round(${sql.identifier(feature)}, 2) AS bucket, count() AS n FROM ${view} WHERE ${inWindow(w)} GROUP BY bucket ORDER BY bucket`,
        { label: 'features.histogram' },
      ),

    /** Scored windows per anomaly-score bucket (width `step`) and model. */
    scoreHistogram: (w: Window, step: number) =>
      db.query<{ bucket: number; model: string; n: number }>(
        sql`SELECT floor(anomaly_score / ${step}) * ${step} AS bucket, toString(model_name) AS model, count() AS n
            FROM ${db.table('ml_all_scores')} WHERE detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY bucket, model ORDER BY bucket, model`,
        { label: 'features.scoreHistogram' },
      ),

    /** Mean, p95 and max anomaly score per hour and model. */
    scoreTrend: (w: Window) =>
      db.query<{ hour: string; model: string; avg: number; p95: number; max: number; n: number }>(
        sql`SELECT toStartOfHour(detected_at) AS hour, toString(model_name) AS model, avg(anomaly_score) AS avg,
                   quantile(0.95)(anomaly_score) AS p95, max(anomaly_score) AS max, count() AS n
            FROM ${db.table('ml_all_scores')} WHERE detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY hour, model ORDER BY hour, model`,
        { label: 'features.scoreTrend' },
      ),
  };
}
