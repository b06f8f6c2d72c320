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

export function createInvestigationRepository(db: Db) {
  return {
    /** Every risk signal of each IP: four queries whatever the number of IPs, joined on the IP. */
    signals: (ips: readonly string[], w: Window) => {
      const keys = sql.typed(ips, 'Array(IPv6)');
      return db.query<SignalRow>(
        sql`SELECT ${ipText('l.src_ip')} AS ip,
                   ifNull(m.max_score, 0) AS max_score, ifNull(m.worst_level, '') AS worst_level, ifNull(m.known_bot, 0) AS known_bot, ifNull(m.campaigns, 0) AS campaigns,
                   l.login_posts AS login_posts, l.ja4s AS ja4s, l.user_agents AS user_agents, l.pairs AS pairs, l.asn_label AS asn_label,
                   ifNull(t.reason, '') AS tcp_reason, ifNull(r.days, 0) AS days
            FROM (
              SELECT src_ip, countIf(method = 'POST' AND match(path, '(?i)(login|signin|sign-in|logon|auth|session|wp-login|account)')) AS login_posts,
                     uniqExact(ja4) AS ja4s, uniqExact(header_user_agent) AS user_agents,
                     groupUniqArray(100)((toString(ja4), header_user_agent)) AS pairs, toString(any(src_asn_label)) AS asn_label
              FROM ${db.table('http_logs')} WHERE src_ip IN ${keys} AND time >= ${w.since} AND time < ${w.until} GROUP BY src_ip
            ) AS l
            LEFT JOIN (
              SELECT src_ip, max(anomaly_score) AS max_score, toString(argMax(threat_level, anomaly_score)) AS worst_level,
                     countIf(threat_level = 'KNOWN_BOT') > 0 AS known_bot, uniqExactIf(campaign_id, campaign_id != '') AS campaigns
              FROM ${db.table('ml_all_scores')} WHERE src_ip IN ${keys} AND detected_at >= ${w.since} AND detected_at < ${w.until} GROUP BY src_ip
            ) AS m ON m.src_ip = l.src_ip
            LEFT JOIN (SELECT src_ip, any(reason) AS reason FROM ${db.table('view_tcp_spoofing_detected')} WHERE src_ip IN ${keys} GROUP BY src_ip) AS t ON t.src_ip = l.src_ip
            LEFT JOIN (SELECT src_ip, recurrence AS days FROM ${db.table('view_ip_recurrence')} WHERE src_ip IN ${keys}) AS r ON r.src_ip = l.src_ip`,
        { label: 'investigation.signals' },
      );
    },
  };
}
