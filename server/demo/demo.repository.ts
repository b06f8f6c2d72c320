import type { Db } from '../db/client.js';
import { sql } from '../db/sql.js';
import { MAIN_TABLES, type TableName } from '../db/tables.js';
import type { Actor } from './population.js';

/** Tables the generator fills, directly or through materialized views; cleared by --reset. */
const DATA_TABLES: TableName[] = [
  'http_logs',
  'ml_all_scores',
  'ml_detected_anomalies',
  'agg_host_ip_ja4_1h',
  'agg_ip_features_1h',
  'agg_header_fingerprint_1h',
  'graph_links_1h',
  'graph_nodes_1h',
  'graph_degrees_1h',
  'graph_links_1d',
  'graph_degrees_1d',
  'graph_keys_1d',
  'graph_nodes_1d',
  'graph_asn_names',
  'graph_layer_progress',
];

const ASSET_PATTERN = '\\.(css|js|mjs|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|map)$';

export function createDemoRepository(db: Db) {
  const actors = db.table('demo_actors');
  const logs = db.table('http_logs');

  return {
    async rowCounts(): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const t of MAIN_TABLES) {
        const [row] = await db.query<{ n: number }>(sql`SELECT count() AS n FROM ${db.table(t)}`, { label: `demo.count.${t}` });
        counts[t] = row?.n ?? 0;
      }
      return counts;
    },

    async reset() {
      for (const t of DATA_TABLES) await db.command(sql`TRUNCATE TABLE IF EXISTS ${db.table(t)}`, { label: 'demo.reset' });
    },

    async stageActors(rows: Actor[]) {
      await db.command(sql`DROP TABLE IF EXISTS ${actors}`, { label: 'demo.stage' });
      await db.command(
        sql`CREATE TABLE ${actors} (
          actor_id UInt32, scenario String, src_ip IPv6, country_code String, asn UInt32, asn_org String, asn_label String,
          ja4s Array(String), user_agents Array(String), client_headers String, accept_encoding String, accept_language String,
          http_version String, ttl UInt8, tcp_window UInt16, tcp_mss UInt16, ja4t String,
          hosts Array(String), pages Array(String), assets Array(String), queries Array(String),
          requests UInt32, sess_len UInt32, assets_per_page UInt32,
          page_gap_min_ms UInt32, page_gap_max_ms UInt32, asset_gap_min_ms UInt32, asset_gap_max_ms UInt32,
          post_share Float64, error_share Float64, error_status UInt16, referer_share Float64, port_per_request UInt8,
          active_days Array(UInt32), day_cycle UInt8, hour_from UInt8, hour_to UInt8, campaign_id String, bot_name String
        ) ENGINE = MergeTree ORDER BY actor_id`,
        { label: 'demo.stage' },
      );
      await db.insert('demo_actors', rows as unknown as Record<string, unknown>[]);
    },

    async dropStaging() {
      await db.command(sql`DROP TABLE IF EXISTS ${actors}`, { label: 'demo.stage' });
    },

    /** Expands actors [fromId, toId] into requests; every random draw is cityHash64(seed, actor, request, salt). */
    async generateTraffic(seed: number, anchorMs: number, fromId: number, toId: number) {
      await db.command(
        sql`INSERT INTO ${logs}
        SELECT
            fromUnixTimestamp64Milli(if(t_raw > ${anchorMs}, t_raw - 86400000, t_raw)) AS time,
            src_ip,
            toUInt16(if(port_per_request = 1, 1024 + r4 % 64000, 32768 + cityHash64(${seed}, actor_id, sess, k, 4) % 28000)) AS src_port,
            method, host, path, query, http_version,
            toUInt16(if(r11 % 1000 < error_share * 1000, error_status, if(m > 0 AND r11 % 7 = 0, 304, 200))) AS status,
            toUInt32(if(m > 0, 2000 + r15 % 200000, 4000 + r15 % 80000)) AS response_bytes,
            user_agents[1 + r12 % length(user_agents)] AS header_user_agent,
            if(accept_language != '' AND m = 0, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', '*/*') AS header_accept,
            accept_language AS header_accept_language,
            accept_encoding AS header_accept_encoding,
            if(m > 0, concat('https://', host, '/'), if(r14 % 100 < referer_share * 100, 'https://www.google.com/', '')) AS header_referer,
            client_headers,
            toUInt8(length(splitByChar(',', client_headers))) AS header_count,
            ja4,
            lower(hex(MD5(ja4))) AS ja3_hash,
            if(startsWith(ja4, 't13'), 'TLSv1.3', 'TLSv1.2') AS tls_version,
            ja4t, ttl AS ip_ttl, tcp_window, tcp_mss,
            country_code AS src_country_code, asn AS src_asn, asn_org AS src_asn_org, asn_label AS src_asn_label
        FROM
        (
            SELECT *,
                intDiv(i, sess_len) AS sess,
                i % sess_len AS j,
                intDiv(j, assets_per_page + 1) AS k,
                j % (assets_per_page + 1) AS m,
                cityHash64(${seed}, actor_id, sess, 1) AS s1,
                cityHash64(${seed}, actor_id, sess, 2) AS s2,
                cityHash64(${seed}, actor_id, sess, 3) AS s3,
                cityHash64(${seed}, actor_id, sess, k, 16) AS s16,
                cityHash64(${seed}, actor_id, i, 4) AS r4,
                cityHash64(${seed}, actor_id, i, 5) AS r5,
                cityHash64(${seed}, actor_id, i, 7) AS r7,
                cityHash64(${seed}, actor_id, i, 9) AS r9,
                cityHash64(${seed}, actor_id, i, 11) AS r11,
                cityHash64(${seed}, actor_id, i, 12) AS r12,
                cityHash64(${seed}, actor_id, i, 13) AS r13,
                cityHash64(${seed}, actor_id, i, 14) AS r14,
                cityHash64(${seed}, actor_id, i, 15) AS r15,
                active_days[1 + if(day_cycle = 1, sess, s1) % length(active_days)] AS day,
                hour_from + s2 % (hour_to - hour_from + 1) AS hour,
                (toInt64(toUnixTimestamp(toStartOfDay(fromUnixTimestamp64Milli(${anchorMs})))) - day * 86400 + hour * 3600 + s3 % 3600) * 1000
                    + k * (page_gap_min_ms + s16 % (page_gap_max_ms - page_gap_min_ms + 1))
                    + m * asset_gap_min_ms + if(m > 0, r5 % (asset_gap_max_ms - asset_gap_min_ms + 1), 0) AS t_raw,
                hosts[1 + cityHash64(${seed}, actor_id, sess, 8) % length(hosts)] AS host,
                if(m > 0 AND length(assets) > 0, assets[1 + r9 % length(assets)], pages[1 + r9 % length(pages)]) AS path,
                if(m = 0 AND r7 % 1000 < post_share * 1000, 'POST', 'GET') AS method,
                if(m = 0 AND length(queries) > 0 AND r13 % 100 < 35, queries[1 + r13 % length(queries)], '') AS query,
                ja4s[1 + cityHash64(${seed}, actor_id, i, 10) % length(ja4s)] AS ja4
            FROM ${actors}
            ARRAY JOIN range(requests) AS i
            WHERE actor_id BETWEEN ${fromId} AND ${toId}
        )`,
        { label: 'demo.traffic', timeoutS: 600 },
      );
    },

    /**
     * Plays the bot-detector: scores every (hour, IP, JA4, host) window with both models.
     * Features come from the generated traffic; the score follows the actor's scenario,
     * so the ML tables agree with what the traffic shows.
     */
    async generateScores(seed: number, anchorMs: number) {
      await db.command(
        sql`INSERT INTO ${db.table('ml_all_scores')}
        SELECT
            cityHash64(model_name, src_ip, ja4, host, window_start) AS detection_id,
            least(toDateTime(intDiv(${anchorMs}, 1000)), window_start + 3600 + toIntervalSecond(u3 % 300)) AS detected_at,
            window_start, model_name, src_ip, ja4, host, ua_sample AS header_user_agent, headers_sample AS client_headers,
            score AS anomaly_score,
            0.5 - score * 1.5 AS raw_anomaly_score,
            greatest(0, least(1, score + (u2 - 0.5) * 0.2)) AS xgb_prob,
            score * score * 3 + u3 * 0.1 AS ae_recon_error,
            toUInt8(threat_level != 'LEGITIMATE_BROWSER') AS is_anomaly,
            threat_level, bot_name, browser_family,
            if(threat_level IN ('CRITICAL', 'HIGH', 'MEDIUM'), campaign_id, '') AS campaign_id,
            reason,
            toUInt32(uniqExact(toDate(window_start)) OVER (PARTITION BY src_ip)) AS recurrence,
            hits, hit_velocity, fuzzing_index, post_ratio, asset_ratio, direct_access_ratio, temporal_entropy,
            path_diversity_ratio, modern_browser_score, header_count, src_port_density,
            toUInt16(uniqExact(ja4) OVER (PARTITION BY src_ip, window_start)) AS distinct_ja4_count,
            is_ua_rotating, asn_number, asn_org, asn_label, country_code
        FROM
        (
            SELECT w.*, a.scenario AS scenario, a.campaign_id AS campaign_id, a.bot_name AS bot_name, model_name,
                (cityHash64(${seed}, w.src_ip, w.window_start, 1) % 10000) / 10000 AS u1,
                (cityHash64(${seed}, w.src_ip, w.window_start, model_name, 2) % 10000) / 10000 AS u2,
                cityHash64(${seed}, w.src_ip, w.window_start, 3) % 10000 / 10000 AS u3,
                multiIf(
                    scenario = 'human', if(u3 < 0.04, 0.30 + 0.12 * u1, 0.04 + 0.2 * u1),
                    scenario = 'crawler', 0.30 + 0.15 * u1,
                    scenario = 'scraper', 0.45 + 0.33 * u1,
                    scenario = 'botnet', 0.66 + 0.32 * u1,
                    scenario = 'credential_stuffing', 0.84 + 0.15 * u1,
                    scenario = 'ja4_rotation', 0.62 + 0.30 * u1,
                    scenario = 'ua_rotation', 0.55 + 0.30 * u1,
                    scenario = 'tcp_spoofing', 0.58 + 0.30 * u1,
                    scenario = 'headless', 0.48 + 0.30 * u1,
                    scenario = 'persistent', 0.70 + 0.28 * u1,
                    0.1) AS complet_score,
                -- the HTTP-only model cannot see TLS/TCP evidence
                if(model_name = 'Complet', complet_score,
                   greatest(0.02, least(0.99, complet_score * (0.9 + 0.12 * u2)
                       - if(scenario IN ('tcp_spoofing', 'ja4_rotation'), 0.2, 0)))) AS score,
                if(scenario = 'crawler', 'KNOWN_BOT',
                   multiIf(score >= 0.8, 'CRITICAL', score >= 0.65, 'HIGH', score >= 0.45, 'MEDIUM', score >= 0.28, 'LOW',
                           'LEGITIMATE_BROWSER')) AS threat_level,
                multiIf(
                    scenario = 'crawler', concat('Verified crawler ', bot_name, ' from ', asn_org),
                    scenario = 'credential_stuffing', concat(toString(round(post_ratio * 100)), '% POST on authentication paths, ', toString(hits), ' requests in the hour'),
                    scenario = 'botnet', concat('Fingerprint shared by many IPs across countries and ASNs (campaign ', campaign_id, ')'),
                    scenario = 'ja4_rotation', 'Several JA4 fingerprints from one IP (cipher-list rotation)',
                    scenario = 'ua_rotation', concat(toString(w.distinct_uas), ' User-Agents from one IP and JA4 in one hour'),
                    scenario = 'tcp_spoofing', concat('TCP stack (TTL ', toString(w.ttl), ') contradicts the OS in the User-Agent'),
                    scenario = 'headless', 'Machine-regular sub-resource cascade after each page',
                    scenario = 'persistent', concat(toString(round(fuzzing_index * 100)), '% client errors probing sensitive paths, recurring daily'),
                    scenario = 'scraper', concat('Scripted client from ', asn_label, ' network ', asn_org),
                    threat_level != 'LEGITIMATE_BROWSER', 'Unusual browsing burst', '') AS reason
            FROM
            (
                SELECT
                    toStartOfHour(time) AS window_start, src_ip, ja4, host,
                    count() AS hits,
                    hits * 60 / greatest(60, dateDiff('second', min(time), max(time))) AS hit_velocity,
                    countIf(status >= 400 AND status < 500) / hits AS fuzzing_index,
                    countIf(method = 'POST') / hits AS post_ratio,
                    countIf(match(path, ${ASSET_PATTERN})) / hits AS asset_ratio,
                    countIf(NOT match(path, ${ASSET_PATTERN}) AND header_referer = '') / greatest(1, countIf(NOT match(path, ${ASSET_PATTERN}))) AS direct_access_ratio,
                    entropy(toUInt8(intDiv(toMinute(time), 5))) AS temporal_entropy,
                    uniqExact(path) / hits AS path_diversity_ratio,
                    avg(((position(client_headers, 'Sec-Ch-Ua') > 0) + (position(client_headers, 'Sec-Fetch-Mode') > 0)
                        + (header_accept_language != '') + (position(header_accept_encoding, 'br') > 0)) / 4) AS modern_browser_score,
                    avg(header_count) AS header_count,
                    uniqExact(src_port) / hits AS src_port_density,
                    uniqExact(header_user_agent) AS distinct_uas,
                    toUInt8(distinct_uas >= 3) AS is_ua_rotating,
                    any(header_user_agent) AS ua_sample,
                    any(client_headers) AS headers_sample,
                    any(ip_ttl) AS ttl,
                    multiIf(ua_sample LIKE '%Firefox/%', 'Firefox', ua_sample LIKE '%Edg/%', 'Edge',
                            ua_sample LIKE '%HeadlessChrome%', '', ua_sample LIKE '%Googlebot%', '',
                            ua_sample LIKE '%Chrome/%', 'Chrome',
                            ua_sample LIKE '%Version/%' AND ua_sample LIKE '%Safari/%', 'Safari', '') AS browser_family,
                    any(src_asn) AS asn_number, any(src_asn_org) AS asn_org, any(src_asn_label) AS asn_label,
                    any(src_country_code) AS country_code
                FROM ${logs}
                GROUP BY window_start, src_ip, ja4, host
            ) AS w
            INNER JOIN ${actors} AS a ON a.src_ip = w.src_ip
            ARRAY JOIN ['Complet', 'Applicatif'] AS model_name
        )`,
        { label: 'demo.scores', timeoutS: 600 },
      );
      await db.command(
        sql`INSERT INTO ${db.table('ml_detected_anomalies')}
            SELECT * FROM ${db.table('ml_all_scores')} WHERE threat_level != 'LEGITIMATE_BROWSER'`,
        { label: 'demo.anomalies', timeoutS: 600 },
      );
    },
  };
}
