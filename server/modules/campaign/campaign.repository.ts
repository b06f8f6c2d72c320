import type { Db } from '../../db/client.js';
import { sql } from '../../db/sql.js';
import { wholeHours, type Window } from '../../db/window.js';
import { hourlyAndDaily, ipsLinkedTo } from '../../graph/layer.sql.js';

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
    /** Mean and highest anomaly score of each campaign's detections in the window, read through its members' IPs. */
    scores: (ids: readonly string[], w: Window) =>
      db.query<CampaignScoreRow>(
        sql`SELECT toString(campaign_id) AS id, avg(anomaly_score) AS avg_score, max(anomaly_score) AS max_score
            FROM ${db.table('ml_detected_anomalies')}
            WHERE ${ipsLinkedTo(db, 'CAMPAIGN', ids, w, 'ml')} AND campaign_id IN ${[...ids]}
              AND detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY campaign_id`,
        { label: 'campaign.scores' },
      ),
    /** Campaigns with detections in the window, most detections first, with their totals (from the graph layer). */
    list(window: Window, limit: number) {
      const w = wholeHours(window);
      return db.query<CampaignRow>(
        sql`SELECT key AS id, sum(hits) AS hits, uniqExactMerge(ips) AS unique_ips,
                   min(first_seen) AS first_seen, max(last_seen) AS last_seen, count() OVER () AS total
            FROM (${hourlyAndDaily('graph_nodes', db, sql`key, hits, rows, ips, first_seen, last_seen`, sql`source = 'detections' AND kind = 'CAMPAIGN' AND key != '0'`, w, ['CAMPAIGN'])})
            GROUP BY key ORDER BY sum(rows) DESC, id LIMIT ${limit}`,
        { label: 'campaign.list' },
      );
    },
  };
}
