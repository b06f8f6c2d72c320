import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../schema/window.js';

export interface CampaignRow {
  id: string;
  hits: number;
  unique_ips: number;
  first_seen: string;
  last_seen: string;
  total: number;
}

export interface CampaignScoreRow {
  id: string;
  avg_score: number;
  max_score: number;
}

export function createCampaignRepository(db: Db) {
  return {
    /** Mean and highest anomaly score of each campaign's detections in the window. */
    scores: (ids: readonly string[], w: Window) =>
      db.query<CampaignScoreRow>(
        sql`SELECT toString(campaign_id) AS id, avg(anomaly_score) AS avg_score, max(anomaly_score) AS max_score
            FROM ${db.table('ml_detected_anomalies')}
            WHERE campaign_id IN ${[...ids]} AND detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY campaign_id`,
        { label: 'campaign.scores' },
      ),

    /** Campaigns with detections in the window, most detections first, with their totals. */
    list(w: Window, limit: number) {
      return db.query<CampaignRow>(
        sql`SELECT toString(campaign_id) AS id, sum(hits) AS hits, uniqExact(src_ip) AS unique_ips,
                   min(detected_at) AS first_seen, max(detected_at) AS last_seen, count() OVER () AS total
            FROM ${db.table('ml_detected_anomalies')}
            WHERE campaign_id NOT IN ('', '0') AND detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY campaign_id ORDER BY count() DESC, id LIMIT ${limit}`,
        { label: 'campaign.list' },
      );
    },
  };
}
