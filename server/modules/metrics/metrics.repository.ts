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

export interface DetectionSummary {
  levels: LevelRow[];
  hourly: HourLevelRow[];
  uniqueIps: number;
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
    /**
     * A window's detections per hour and level, per level and in all, with their distinct IPs: one
     * read of the window's detections for every dashboard number built on them.
     */
    summary: async (w: Window): Promise<DetectionSummary> => {
      const rows = await db.query<HourLevelRow & { whole: number; ips: number }>(
        sql`SELECT toStartOfHour(detected_at) AS hour, toString(threat_level) AS threat_level, count() AS n, uniqExact(src_ip) AS ips,
                   grouping(hour, threat_level) = 3 AS whole
            FROM ${flagged} WHERE ${inWindow(w)}
            GROUP BY GROUPING SETS ((hour, threat_level), ()) ORDER BY whole, hour, threat_level`,
        { label: 'metrics.summary' },
      );
      const hourly = rows.filter((r) => !r.whole).map(({ hour, threat_level, n }) => ({ hour, threat_level, n }));
      const levels = new Map<string, number>();
      for (const r of hourly) levels.set(r.threat_level, (levels.get(r.threat_level) ?? 0) + r.n);
      return {
        hourly,
        levels: [...levels].map(([threat_level, n]) => ({ threat_level, n })),
        uniqueIps: rows.find((r) => r.whole)?.ips ?? 0,
      };
    },

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
