import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface LevelRow {
  threat_level: string;
  n: number;
}

export interface HourLevelRow {
  hour: string;
  threat_level: string;
  n: number;
}

export interface TopIpRow {
  ip: string;
  detections: number;
  worst_score: number;
  threat_level: string;
  asn_org: string;
  country_code: string;
}

const inWindow = (w: Window) => sql`detected_at >= ${w.since} AND detected_at < ${w.until}`;

export function createMetricsRepository(db: Db) {
  const flagged = db.table('ml_detected_anomalies');
  const scored = db.table('ml_all_scores');
  return {
    levels: (w: Window) =>
      db.query<LevelRow>(sql`SELECT toString(threat_level) AS threat_level, count() AS n FROM ${flagged} WHERE ${inWindow(w)} GROUP BY threat_level`, {
        label: 'metrics.levels',
      }),

    uniqueIps: async (w: Window) =>
      (await db.query<{ n: number }>(sql`SELECT uniqExact(src_ip) AS n FROM ${flagged} WHERE ${inWindow(w)}`, { label: 'metrics.ips' }))[0]?.n ?? 0,

    hourly: (w: Window) =>
      db.query<HourLevelRow>(
        sql`SELECT toStartOfHour(detected_at) AS hour, toString(threat_level) AS threat_level, count() AS n FROM ${flagged}
            WHERE ${inWindow(w)} GROUP BY hour, threat_level ORDER BY hour`,
        { label: 'metrics.hourly' },
      ),

    /** Scored windows (all levels) grouped by one whitelisted column. */
    scoredBy: (w: Window, column: 'threat_level' | 'model_name' | 'browser_family') =>
      db.query<{ value: string; n: number }>(
        sql`SELECT toString(${sql.identifier(column)}) AS value, count() AS n FROM ${scored} WHERE ${inWindow(w)} GROUP BY value ORDER BY n DESC`,
        { label: `metrics.scored.${column}` },
      ),

    traffic: async (w: Window) =>
      (
        await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${db.table('http_logs')} WHERE time >= ${w.since} AND time < ${w.until}`, {
          label: 'metrics.traffic',
        })
      )[0]?.n ?? 0,

    models: (w: Window) =>
      db.query<{ model: string; scored: number; flagged: number; first_seen: string; last_seen: string }>(
        sql`SELECT toString(model_name) AS model, count() AS scored, countIf(threat_level != 'LEGITIMATE_BROWSER') AS flagged,
                   min(detected_at) AS first_seen, max(detected_at) AS last_seen
            FROM ${scored} WHERE ${inWindow(w)} GROUP BY model ORDER BY model`,
        { label: 'metrics.models' },
      ),

    topIps: (w: Window, limit: number) =>
      db.query<TopIpRow>(
        sql`SELECT ${ipText('src_ip')} AS ip, count() AS detections, max(anomaly_score) AS worst_score,
                   toString(argMax(threat_level, anomaly_score)) AS threat_level, toString(any(asn_org)) AS asn_org, toString(any(country_code)) AS country_code
            FROM ${flagged} WHERE ${inWindow(w)} GROUP BY src_ip ORDER BY detections DESC, ip LIMIT ${limit}`,
        { label: 'metrics.topIps' },
      ),
  };
}
