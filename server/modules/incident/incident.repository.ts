import type { Db } from '../../db/client.js';
import { ipText } from '../../db/http-logs.js';
import { sql, type Sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';

export interface IncidentRow {
  id: string;
  ja4: string;
  client: string;
  detections: number;
  ips: number;
  asns: number;
  countries: number;
  hosts: string[];
  first_seen: string;
  last_seen: string;
  max_score: number;
  worst_level: string;
  campaign: string;
  reason: string;
}

/** The client a User-Agent claims, in SQL (the same families the API's classifier names). */
const CLAIMED_CLIENT = sql`multiIf(
  header_user_agent ILIKE '%bot%' OR header_user_agent ILIKE '%crawler%' OR header_user_agent ILIKE '%spider%', 'bot',
  match(header_user_agent, 'HeadlessChrome|PhantomJS|Puppeteer|Playwright|Selenium'), 'headless',
  match(header_user_agent, '(?i)python-requests|python-urllib|aiohttp|curl/|wget/|go-http-client|okhttp|java/|libwww|httpclient|node-fetch|axios|scrapy|httpx'), 'script',
  header_user_agent LIKE '%Firefox/%', 'Firefox', header_user_agent LIKE '%Edg/%', 'Edge', header_user_agent LIKE '%Chrome/%', 'Chrome',
  header_user_agent LIKE '%Safari/%', 'Safari', 'other')`;

/** Detections sharing a fingerprint and the client they claim: one incident. */
const grouped = (db: Db, w: Window, where: Sql = sql.empty) => sql`
  SELECT lower(hex(cityHash64(ja4, client))) AS id, ja4, client,
         count() AS detections, uniqExact(src_ip) AS ips, uniqExact(asn_number) AS asns, uniqExact(country_code) AS countries,
         groupUniqArray(5)(host) AS hosts, min(detected_at) AS first_seen, max(detected_at) AS last_seen, max(anomaly_score) AS max_score,
         argMax(threat_level, multiIf(threat_level = 'CRITICAL', 4, threat_level = 'HIGH', 3, threat_level = 'MEDIUM', 2, 1)) AS worst_level,
         anyIf(campaign_id, campaign_id != '') AS campaign, topK(1)(reason)[1] AS reason
  FROM (SELECT *, ${CLAIMED_CLIENT} AS client
        FROM ${db.table('ml_detected_anomalies')}
        WHERE detected_at >= ${w.since} AND detected_at < ${w.until} AND threat_level NOT IN ('KNOWN_BOT', 'LOW'))
  GROUP BY ja4, client ${where}`;

export function createIncidentRepository(db: Db) {
  return {
    /** Incidents of the window with at least `minIps` IPs, most severe and largest first. */
    list: (w: Window, minIps: number, limit: number) =>
      db.query<IncidentRow>(
        sql`SELECT id, toString(ja4) AS ja4, client, detections, ips, asns, countries, arrayMap(h -> toString(h), hosts) AS hosts, first_seen, last_seen, max_score,
                   toString(worst_level) AS worst_level, toString(campaign) AS campaign, reason
            FROM (${grouped(db, w, sql`HAVING ips >= ${minIps}`)}) ORDER BY max_score * log(1 + ips) DESC, id LIMIT ${limit}`,
        { label: 'incident.list' },
      ),

    /** The member IPs of one incident with their detections. */
    members: (id: string, w: Window, limit: number) =>
      db.query<{ ip: string; detections: number; max_score: number }>(
        sql`SELECT ${ipText('src_ip')} AS ip, count() AS detections, max(anomaly_score) AS max_score
            FROM (SELECT src_ip, anomaly_score, lower(hex(cityHash64(ja4, ${CLAIMED_CLIENT}))) AS id FROM ${db.table('ml_detected_anomalies')}
                  WHERE detected_at >= ${w.since} AND detected_at < ${w.until} AND threat_level NOT IN ('KNOWN_BOT', 'LOW'))
            WHERE id = ${id} GROUP BY src_ip ORDER BY detections DESC, ip LIMIT ${limit}`,
        { label: 'incident.members' },
      ),
  };
}
