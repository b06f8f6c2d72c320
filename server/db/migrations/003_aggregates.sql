-- Hourly aggregates kept by ClickHouse itself: materialized views fire on every insert
-- into http_logs, so the generator (or the correlator) only ever writes raw rows.
-- Views must re-aggregate (sum/…Merge with GROUP BY): parts are merged lazily.

-- Host × IP × JA4 per hour: heatmaps, top hosts, JA4 spread, rotation. Host-first key serves host pivots.
CREATE TABLE IF NOT EXISTS {{db}}.agg_host_ip_ja4_1h{{local}} {{on_cluster}}
(
    window_start         DateTime,
    host                 LowCardinality(String),
    src_ip               IPv6,
    ja4                  LowCardinality(String),
    hits                 SimpleAggregateFunction(sum, UInt64),
    posts                SimpleAggregateFunction(sum, UInt64),
    max_requests_per_sec SimpleAggregateFunction(max, UInt64),
    first_seen           SimpleAggregateFunction(min, DateTime64(3)),
    last_seen            SimpleAggregateFunction(max, DateTime64(3)),
    country_code         SimpleAggregateFunction(any, String),
    asn                  SimpleAggregateFunction(any, UInt32),
    asn_org              SimpleAggregateFunction(any, String),
    asn_label            SimpleAggregateFunction(any, String),
    user_agents          AggregateFunction(uniq, String),
    PROJECTION p_by_ip (SELECT * ORDER BY src_ip, window_start)
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(window_start)
ORDER BY (host, window_start, src_ip, ja4)
SETTINGS deduplicate_merge_projection_mode = 'rebuild';

-- distribute {{db}}.agg_host_ip_ja4_1h BY cityHash64(src_ip)

-- max_requests_per_sec is the busiest second within one insert block: a second split
-- across two inserts is counted as two smaller seconds (an undercount, never an overcount).
CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_agg_host_ip_ja4_1h{{local}} {{on_cluster}}
TO {{db}}.agg_host_ip_ja4_1h{{local}} AS
SELECT
    toStartOfHour(sec)  AS window_start, host, src_ip, ja4,
    sum(n)              AS hits,
    sum(p)              AS posts,
    max(n)              AS max_requests_per_sec,
    min(t0)             AS first_seen,
    max(t1)             AS last_seen,
    any(cc)             AS country_code,
    any(a)              AS asn,
    any(ao)             AS asn_org,
    any(al)             AS asn_label,
    uniqMergeState(ua)  AS user_agents
FROM
(
    SELECT toStartOfSecond(time) AS sec, host, src_ip, ja4,
           count() AS n, countIf(method = 'POST') AS p, min(time) AS t0, max(time) AS t1,
           any(src_country_code) AS cc, any(src_asn) AS a, any(src_asn_org) AS ao, any(src_asn_label) AS al,
           uniqState(header_user_agent) AS ua
    FROM {{logs_db}}.http_logs{{local}}
    GROUP BY sec, host, src_ip, ja4
)
GROUP BY window_start, host, src_ip, ja4;

-- Behavioural features per IP × JA4 × hour: the ML feature views and UA rotation.
CREATE TABLE IF NOT EXISTS {{db}}.agg_ip_features_1h{{local}} {{on_cluster}}
(
    window_start       DateTime,
    src_ip             IPv6,
    ja4                LowCardinality(String),
    hits               SimpleAggregateFunction(sum, UInt64),
    posts              SimpleAggregateFunction(sum, UInt64),
    assets             SimpleAggregateFunction(sum, UInt64),
    direct_pages       SimpleAggregateFunction(sum, UInt64),
    pages              SimpleAggregateFunction(sum, UInt64),
    client_errors      SimpleAggregateFunction(sum, UInt64),
    modern_score_sum   SimpleAggregateFunction(sum, Float64),
    header_count_sum   SimpleAggregateFunction(sum, UInt64),
    first_seen         SimpleAggregateFunction(min, DateTime64(3)),
    last_seen          SimpleAggregateFunction(max, DateTime64(3)),
    country_code       SimpleAggregateFunction(any, String),
    asn                SimpleAggregateFunction(any, UInt32),
    asn_org            SimpleAggregateFunction(any, String),
    asn_label          SimpleAggregateFunction(any, String),
    user_agent         SimpleAggregateFunction(any, String),
    paths              AggregateFunction(uniq, String),
    ports              AggregateFunction(uniq, UInt16),
    hosts              AggregateFunction(uniq, String),
    user_agents        AggregateFunction(uniqExact, String),
    ua_samples         AggregateFunction(groupUniqArray(5), String),
    slot_entropy       AggregateFunction(entropy, UInt8)
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(window_start)
ORDER BY (src_ip, ja4, window_start);

-- distribute {{db}}.agg_ip_features_1h BY cityHash64(src_ip)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_agg_ip_features_1h{{local}} {{on_cluster}}
TO {{db}}.agg_ip_features_1h{{local}} AS
SELECT
    toStartOfHour(time) AS window_start, src_ip, ja4,
    count()                                                   AS hits,
    countIf(method = 'POST')                                  AS posts,
    countIf(is_asset)                                         AS assets,
    countIf(NOT is_asset AND header_referer = '')             AS direct_pages,
    countIf(NOT is_asset)                                     AS pages,
    countIf(status >= 400 AND status < 500)                   AS client_errors,
    sum((position(client_headers, 'Sec-Ch-Ua') > 0) + (position(client_headers, 'Sec-Fetch-Mode') > 0)
        + (header_accept_language != '') + (position(header_accept_encoding, 'br') > 0)) / 4 AS modern_score_sum,
    sum(header_count)                                         AS header_count_sum,
    min(time)                                                 AS first_seen,
    max(time)                                                 AS last_seen,
    any(src_country_code)                                     AS country_code,
    any(src_asn)                                              AS asn,
    any(src_asn_org)                                          AS asn_org,
    any(src_asn_label)                                        AS asn_label,
    any(header_user_agent)                                    AS user_agent,
    uniqState(path)                                           AS paths,
    uniqState(src_port)                                       AS ports,
    uniqState(toString(host))                                 AS hosts,
    uniqExactState(header_user_agent)                         AS user_agents,
    groupUniqArrayState(5)(header_user_agent)                 AS ua_samples,
    entropyState(toUInt8(intDiv(toMinute(time), 5)))          AS slot_entropy
FROM
(
    SELECT *, match(path, '\\.(css|js|mjs|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|map)$') AS is_asset
    FROM {{logs_db}}.http_logs{{local}}
)
GROUP BY window_start, src_ip, ja4;

-- Header-order fingerprints per IP and hour: clusters of clients sending the same header layout.
CREATE TABLE IF NOT EXISTS {{db}}.agg_header_fingerprint_1h{{local}} {{on_cluster}}
(
    header_hash    UInt64,
    window_start   DateTime,
    src_ip         IPv6,
    client_headers SimpleAggregateFunction(any, String),
    header_count   SimpleAggregateFunction(any, UInt8),
    hits           SimpleAggregateFunction(sum, UInt64),
    ja4            SimpleAggregateFunction(any, String),
    user_agent     SimpleAggregateFunction(any, String),
    asn_org        SimpleAggregateFunction(any, String),
    country_code   SimpleAggregateFunction(any, String),
    user_agents    AggregateFunction(uniq, String)
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(window_start)
ORDER BY (header_hash, window_start, src_ip);

-- distribute {{db}}.agg_header_fingerprint_1h BY cityHash64(src_ip)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_agg_header_fingerprint_1h{{local}} {{on_cluster}}
TO {{db}}.agg_header_fingerprint_1h{{local}} AS
SELECT
    header_hash,
    toStartOfHour(time)                  AS window_start,
    src_ip,
    any(client_headers)                  AS client_headers,
    any(header_count)                    AS header_count,
    count()                              AS hits,
    any(ja4)                             AS ja4,
    any(header_user_agent)               AS user_agent,
    any(src_asn_org)                     AS asn_org,
    any(src_country_code)                AS country_code,
    uniqState(header_user_agent)         AS user_agents
FROM (SELECT *, cityHash64(toString(client_headers)) AS header_hash FROM {{logs_db}}.http_logs{{local}})
GROUP BY header_hash, window_start, src_ip;
