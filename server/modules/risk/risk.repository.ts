import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface SignalRow {
  ip: string;
  max_score: number;
  worst_level: string;
  known_bot: number;
  login_posts: number;
  ja4s: number;
  user_agents: number;
  pairs: [string, string][];
  asn_label: string;
  campaigns: number;
  tcp_reason: string;
  days: number;
}

type Traffic = Pick<SignalRow, 'ip' | 'login_posts' | 'ja4s' | 'user_agents' | 'pairs' | 'asn_label'>;
type Scores = Pick<SignalRow, 'ip' | 'max_score' | 'worst_level' | 'known_bot' | 'campaigns'>;

export function createRiskRepository(db: Db) {
  const keys = (ips: readonly string[]) => sql.typed(ips, 'Array(IPv6)');
  return {
    /** Each IP's requests as the risk score reads them: login POSTs, its JA4s and User-Agents, its network's label (IPs without traffic: no row). */
    traffic: (ips: readonly string[], w: Window) =>
      db.query<Traffic>(
        sql`SELECT ${ipText('src_ip')} AS ip, countIf(method = 'POST' AND match(path, '(?i)(login|signin|sign-in|logon|auth|session|wp-login|account)')) AS login_posts,
                   uniqExact(ja4) AS ja4s, uniqExact(header_user_agent) AS user_agents,
                   groupUniqArray(100)((toString(ja4), header_user_agent)) AS pairs, toString(any(src_asn_label)) AS asn_label
            FROM ${db.table('http_logs')} WHERE src_ip IN ${keys(ips)} AND time >= ${w.since} AND time < ${w.until} GROUP BY src_ip`,
        { label: 'risk.traffic' },
      ),

    /** The IPs whose risk is worth ranking: the flagged ones with the highest anomaly scores in the window, with their detections. */
    riskCandidates: (w: Window, limit: number) =>
      db.query<{ ip: string; detections: number; last_detected: string }>(
        sql`SELECT ${ipText('src_ip')} AS ip, count() AS detections, max(detected_at) AS last_detected
            FROM ${db.table('ml_detected_anomalies')} WHERE detected_at >= ${w.since} AND detected_at < ${w.until}
            GROUP BY src_ip ORDER BY max(anomaly_score) DESC, detections DESC, ip LIMIT ${limit}`,
        { label: 'risk.riskCandidates' },
      ),

    /** Each IP's scores by every model: the worst, whether one called it a known bot, its campaigns. */
    scores: (ips: readonly string[], w: Window) =>
      db.query<Scores>(
        sql`SELECT ${ipText('src_ip')} AS ip, max(anomaly_score) AS max_score, toString(argMax(threat_level, anomaly_score)) AS worst_level,
                   countIf(threat_level = 'KNOWN_BOT') > 0 AS known_bot, uniqExactIf(campaign_id, campaign_id != '') AS campaigns
            FROM ${db.table('ml_all_scores')} WHERE src_ip IN ${keys(ips)} AND detected_at >= ${w.since} AND detected_at < ${w.until} GROUP BY src_ip`,
        { label: 'risk.scores' },
      ),
  };
}
