-- The legacy dashboard's views, computed on read from the raw tables and aggregates.

-- ML features per IP × JA4 × hour (the bot-detector's input, as the legacy screens read it).
CREATE VIEW IF NOT EXISTS {{db}}.view_ai_features_1h {{on_cluster}} AS
SELECT
    window_start, src_ip, ja4,
    any(country_code)                                        AS country_code,
    any(asn)                                                 AS asn_number,
    any(asn_org)                                             AS asn_org,
    any(asn_label)                                           AS asn_label,
    any(user_agent)                                          AS header_user_agent,
    multiIf(header_user_agent ILIKE '%googlebot%', 'Googlebot', header_user_agent ILIKE '%bingbot%', 'Bingbot',
            header_user_agent ILIKE '%applebot%', 'Applebot', '')                          AS bot_name,
    multiIf(bot_name != '', '', header_user_agent LIKE '%HeadlessChrome%', '',
            header_user_agent LIKE '%Firefox/%', 'Firefox', header_user_agent LIKE '%Edg/%', 'Edge',
            header_user_agent LIKE '%Chrome/%', 'Chrome',
            header_user_agent LIKE '%Safari/%' AND header_user_agent LIKE '%Version/%', 'Safari', '') AS browser_family,
    sum(hits)                                                AS hits,
    min(first_seen)                                          AS first_seen,
    max(last_seen)                                           AS last_seen,
    hits * 60 / greatest(60, dateDiff('second', first_seen, last_seen))                   AS hit_velocity,
    sum(client_errors) / hits                                AS fuzzing_index,
    sum(posts) / hits                                        AS post_ratio,
    sum(assets) / hits                                       AS asset_ratio,
    sum(direct_pages) / greatest(1, sum(pages))              AS direct_access_ratio,
    entropyMerge(slot_entropy)                               AS temporal_entropy,
    uniqMerge(paths) / hits                                  AS path_diversity_ratio,
    sum(modern_score_sum) / hits                             AS modern_browser_score,
    sum(header_count_sum) / hits                             AS header_count,
    uniqMerge(ports) / hits                                  AS src_port_density,
    uniqMerge(hosts)                                         AS distinct_hosts,
    uniqExactMerge(user_agents)                              AS distinct_ua_count,
    toUInt8(distinct_ua_count >= 3)                          AS is_ua_rotating,
    count() OVER (PARTITION BY src_ip, window_start)         AS distinct_ja4_count
FROM {{db}}.agg_ip_features_1h
GROUP BY window_start, src_ip, ja4;

-- The same features per IP × hour across all its JA4s.
CREATE VIEW IF NOT EXISTS {{db}}.view_thesis_features_1h {{on_cluster}} AS
SELECT
    window_start, src_ip,
    any(country_code) AS country_code, any(asn_number) AS asn_number, any(asn_org) AS asn_org, any(asn_label) AS asn_label,
    max(bot_name) AS bot_name, max(browser_family) AS browser_family,
    sum(hits) AS hits,
    sum(hit_velocity) AS hit_velocity,
    avg(fuzzing_index) AS fuzzing_index, avg(post_ratio) AS post_ratio, avg(asset_ratio) AS asset_ratio,
    avg(direct_access_ratio) AS direct_access_ratio, avg(temporal_entropy) AS temporal_entropy,
    avg(path_diversity_ratio) AS path_diversity_ratio, avg(modern_browser_score) AS modern_browser_score,
    avg(header_count) AS header_count, avg(src_port_density) AS src_port_density,
    max(distinct_ja4_count) AS distinct_ja4_count, max(is_ua_rotating) AS is_ua_rotating
FROM {{db}}.view_ai_features_1h
GROUP BY window_start, src_ip;

-- IPs flagged in several distinct days: persistent threats.
CREATE VIEW IF NOT EXISTS {{db}}.view_ip_recurrence {{on_cluster}} AS
SELECT
    src_ip,
    uniqExact(toDate(detected_at))                        AS recurrence,
    uniqExact(toStartOfHour(detected_at))                 AS active_hours,
    count()                                               AS detections,
    max(anomaly_score)                                    AS worst_score,
    argMax(threat_level, multiIf(threat_level = 'CRITICAL', 4, threat_level = 'HIGH', 3,
                                 threat_level = 'MEDIUM', 2, 1)) AS worst_threat,
    min(detected_at)                                      AS first_seen,
    max(detected_at)                                      AS last_seen,
    topK(1)(ja4)[1]                                       AS top_ja4,
    topK(1)(host)[1]                                      AS top_host,
    any(asn_org)                                          AS asn_org,
    any(country_code)                                     AS country_code
FROM {{db}}.ml_detected_anomalies
WHERE threat_level NOT IN ('KNOWN_BOT', 'LEGITIMATE_BROWSER')
GROUP BY src_ip
HAVING recurrence >= 2;

-- IPs presenting several JA4s to one host in one day: fingerprint rotation.
CREATE VIEW IF NOT EXISTS {{db}}.view_host_ip_ja4_rotation {{on_cluster}} AS
SELECT src_ip, host, day AS window_start, distinct_ja4, ja4_list, total_hits, first_seen, last_seen
FROM
(
    SELECT src_ip, host, toStartOfDay(window_start) AS day,
           uniqExact(ja4) AS distinct_ja4, groupUniqArray(ja4) AS ja4_list, sum(hits) AS total_hits,
           min(first_seen) AS first_seen, max(last_seen) AS last_seen
    FROM {{db}}.agg_host_ip_ja4_1h
    GROUP BY src_ip, host, day
)
WHERE distinct_ja4 >= 2;

-- Repeated POSTs on authentication paths: brute force and credential stuffing.
CREATE VIEW IF NOT EXISTS {{db}}.view_form_bruteforce_detected {{on_cluster}} AS
SELECT
    src_ip, host,
    count()                                     AS post_count,
    uniqExact(path)                             AS distinct_paths,
    countIf(status IN (401, 403, 429))          AS failed_count,
    uniqExact(header_user_agent)                AS distinct_user_agents,
    any(ja4)                                    AS ja4,
    any(src_asn_org)                            AS asn_org,
    any(src_country_code)                       AS country_code,
    min(time)                                   AS first_seen,
    max(time)                                   AS last_seen
FROM {{logs_db}}.http_logs
WHERE method = 'POST' AND match(path, '(?i)(login|signin|sign-in|logon|auth|session|wp-login|account)')
GROUP BY src_ip, host
HAVING post_count >= 20;

-- Page → sub-resource cascades per IP, host and hour: headless browsers fetch with machine-like regularity.
CREATE VIEW IF NOT EXISTS {{db}}.view_resource_cascade_1h {{on_cluster}} AS
SELECT
    src_ip, host, window_start,
    arrayCount(e -> e.2 = 0, ev)                                          AS page_count,
    arrayCount(e -> e.2 = 1, ev)                                          AS sub_resource_count,
    arrayFilter((d, e) -> e.2 = 1, arrayDifference(arrayMap(e -> e.1, ev)), ev) AS sub_delays,
    arrayAvg(sub_delays)                                                  AS avg_sub_delay_ms,
    sqrt(arrayAvg(arrayMap(d -> pow(d - avg_sub_delay_ms, 2), sub_delays))) AS stddev_sub_delay_ms,
    arrayMax(arrayMap(s -> toInt64(length(s)) - 1, arraySplit(e -> e.2 = 0, ev))) AS max_sub_resources
FROM
(
    SELECT src_ip, host, toStartOfHour(time) AS window_start,
           arraySort(groupArray((toInt64(toUnixTimestamp64Milli(time)),
                                 toUInt8(match(path, '\\.(css|js|mjs|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|map)$'))))) AS ev
    FROM {{logs_db}}.http_logs
    GROUP BY src_ip, host, window_start
)
WHERE page_count > 0 AND sub_resource_count > 0;

-- Distinct user agents per IP × JA4 × hour: UA rotation.
CREATE VIEW IF NOT EXISTS {{db}}.view_dashboard_user_agents {{on_cluster}} AS
SELECT
    src_ip, ja4, window_start,
    uniqExactMerge(user_agents)           AS distinct_ua_count,
    groupUniqArrayMerge(5)(ua_samples)    AS ua_samples,
    sum(hits)                             AS total_requests,
    any(asn_org)                          AS asn_org,
    any(country_code)                     AS country_code
FROM {{db}}.agg_ip_features_1h
GROUP BY src_ip, ja4, window_start;

-- TCP stacks that contradict the OS the User-Agent claims (initial TTL 64 vs 128 families).
CREATE VIEW IF NOT EXISTS {{db}}.view_tcp_spoofing_detected {{on_cluster}} AS
SELECT
    src_ip, ua_os, tcp_os, ip_ttl AS ttl, tcp_mss AS mss, tcp_window AS window_size,
    any(ja4)               AS ja4,
    any(ja4t)              AS ja4t,
    any(header_user_agent) AS user_agent,
    any(src_asn_org)       AS asn_org,
    any(src_country_code)  AS country_code,
    count()                AS hits,
    min(time)              AS first_seen,
    max(time)              AS last_seen,
    concat('User-Agent claims ', ua_os, ' but TTL ', toString(ip_ttl), ' / window ', toString(tcp_window),
           ' / MSS ', toString(tcp_mss), ' fit ', tcp_os) AS reason
FROM
(
    SELECT *,
        multiIf(header_user_agent LIKE '%Windows%', 'Windows',
                header_user_agent LIKE '%iPhone%' OR header_user_agent LIKE '%iPad%', 'iOS',
                header_user_agent LIKE '%Android%', 'Android',
                header_user_agent LIKE '%Mac OS X%', 'macOS',
                header_user_agent LIKE '%Linux%' OR header_user_agent LIKE '%CrOS%', 'Linux', '') AS ua_os,
        multiIf(ip_ttl > 128, 'a network device (initial TTL 255)',
                ip_ttl > 64, 'Windows (initial TTL 128)',
                'Linux/macOS/iOS/Android (initial TTL 64)') AS tcp_os
    FROM {{logs_db}}.http_logs
    WHERE ip_ttl > 0
)
WHERE ua_os != '' AND ((ua_os = 'Windows') != (ip_ttl > 64 AND ip_ttl <= 128))
GROUP BY src_ip, ua_os, tcp_os, ip_ttl, tcp_mss, tcp_window;

-- JA4 × host populations: one fingerprint from many countries and ASNs is a botnet indicator.
CREATE VIEW IF NOT EXISTS {{db}}.view_host_ja4_anomalies {{on_cluster}} AS
SELECT
    host, ja4,
    uniqExact(src_ip)                  AS unique_ips,
    uniqExact(country_code)            AS unique_countries,
    uniqExact(asn)                     AS unique_asns,
    sum(hits)                          AS total_hits,
    groupUniqArray(30)(country_code)   AS countries,
    min(first_seen)                    AS first_seen,
    max(last_seen)                     AS last_seen
FROM {{db}}.agg_host_ip_ja4_1h
GROUP BY host, ja4
HAVING unique_ips >= 3;
