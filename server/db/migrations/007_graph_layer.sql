-- The graph storage layer: hourly rollups of nodes and links, kept by materialized views, so a
-- pivot reads the rows of its own keys (cost follows the answer) instead of scanning raw traffic.
--
-- Every row has a `source`: 'traffic' rows come from http_logs (requests), 'detections' rows
-- from ml_detected_anomalies (flagged scoring windows; `rows` counts detections, `hits` their
-- requests). Keys are text as the API prints them: IPs without ::ffff:, AS numbers in decimal,
-- subnets as a.b.c.0/24 or an IPv6 /64. Unknown values ('' or AS 0) are never keys.
--
-- On a cluster the views write through the Distributed tables, sharded by the pivot key, so all
-- rows of one key meet on one shard (merges aggregate them fully; optimize_skip_unused_shards
-- sends a key lookup to that shard only).
--
-- Monthly partitions: a 31-day window touches at most two; TTL drops whole parts after 13 months.
-- ZSTD on strings and sets, T64 on counters, Delta on hours: at scale 10 the links take 109 MiB
-- instead of 181 MiB with the default LZ4, at the same lookup times.
-- index_granularity 256: a lookup reads a few small granules per key rather than 8192-row ones
-- (measured at scale 10: 50 IPs' AS links read 18 K rows instead of 77 K).

-- Links per hour, both directions: (from_kind, from_key) → (to_kind, to_key).
-- The sort key starts with the pivot's kind and the link type, then its key: a batch of keys
-- expanded into one kind (50 IPs → their ASes) reads only those keys' rows of that link type;
-- hour comes before to_key so a window prunes within a key.
CREATE TABLE IF NOT EXISTS {{db}}.graph_links_1h{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    from_kind   LowCardinality(String),
    from_key    String CODEC(ZSTD(1)),
    to_kind     LowCardinality(String),
    hour        DateTime CODEC(Delta, ZSTD(1)),
    to_key      String CODEC(ZSTD(1)),
    hits        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    rows        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    first_seen  SimpleAggregateFunction(min, DateTime64(3)) CODEC(ZSTD(1)),
    last_seen   SimpleAggregateFunction(max, DateTime64(3)) CODEC(ZSTD(1)),
    -- distinct IPs carrying the link; left empty when one end is an IP (it is that IP)
    ips         AggregateFunction(uniqExact, IPv6) CODEC(ZSTD(1)),
    -- detections rows only: how many of them carried each threat level
    critical    SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    high        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    medium      SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    low         SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    known_bot   SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    -- AS targets only: the organisation and label, so a link to an AS arrives named
    to_name     SimpleAggregateFunction(anyLast, String) CODEC(ZSTD(1)),
    to_label    SimpleAggregateFunction(anyLast, String) CODEC(ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(hour)
ORDER BY (source, from_kind, to_kind, from_key, hour, to_key)
TTL hour + INTERVAL 13 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_links_1h BY cityHash64(from_key)

-- Activity per key and hour: requests (or detections and their requests), first and last seen,
-- distinct IPs, detections by threat level.
CREATE TABLE IF NOT EXISTS {{db}}.graph_nodes_1h{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    kind        LowCardinality(String),
    key         String CODEC(ZSTD(1)),
    hour        DateTime CODEC(Delta, ZSTD(1)),
    hits        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    rows        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    first_seen  SimpleAggregateFunction(min, DateTime64(3)) CODEC(ZSTD(1)),
    last_seen   SimpleAggregateFunction(max, DateTime64(3)) CODEC(ZSTD(1)),
    ips         AggregateFunction(uniqExact, IPv6) CODEC(ZSTD(1)),
    critical    SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    high        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    medium      SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    low         SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    known_bot   SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(hour)
ORDER BY (source, kind, key, hour)
TTL hour + INTERVAL 13 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_nodes_1h BY cityHash64(key)

-- Distinct neighbours of each kind per key and hour: the degrees behind hiddenNeighborCount and
-- the expand menu, read without reading the neighbours themselves.
CREATE TABLE IF NOT EXISTS {{db}}.graph_degrees_1h{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    kind        LowCardinality(String),
    key         String CODEC(ZSTD(1)),
    to_kind     LowCardinality(String),
    hour        DateTime CODEC(Delta, ZSTD(1)),
    neighbours  AggregateFunction(uniqExact, String) CODEC(ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(hour)
ORDER BY (source, kind, to_kind, key, hour)
TTL hour + INTERVAL 13 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_degrees_1h BY cityHash64(key)

-- The same links and degrees per day. A window reads its whole days here and only its partial
-- days from the hourly tables: a key's rows are its neighbours × (days + edge hours), not
-- neighbours × hours (a 7-day pivot on an active key reads up to 20 times fewer rows, a 31-day
-- one up to 30 times). Kept from the hourly tables by views, twice as long.
CREATE TABLE IF NOT EXISTS {{db}}.graph_links_1d{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    from_kind   LowCardinality(String),
    from_key    String CODEC(ZSTD(1)),
    to_kind     LowCardinality(String),
    day         Date CODEC(Delta, ZSTD(1)),
    to_key      String CODEC(ZSTD(1)),
    hits        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    rows        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    first_seen  SimpleAggregateFunction(min, DateTime64(3)) CODEC(ZSTD(1)),
    last_seen   SimpleAggregateFunction(max, DateTime64(3)) CODEC(ZSTD(1)),
    ips         AggregateFunction(uniqExact, IPv6) CODEC(ZSTD(1)),
    critical    SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    high        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    medium      SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    low         SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    known_bot   SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1)),
    to_name     SimpleAggregateFunction(anyLast, String) CODEC(ZSTD(1)),
    to_label    SimpleAggregateFunction(anyLast, String) CODEC(ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(day)
ORDER BY (source, from_kind, to_kind, from_key, day, to_key)
TTL day + INTERVAL 26 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_links_1d BY cityHash64(from_key)

CREATE TABLE IF NOT EXISTS {{db}}.graph_degrees_1d{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    kind        LowCardinality(String),
    key         String CODEC(ZSTD(1)),
    to_kind     LowCardinality(String),
    day         Date CODEC(Delta, ZSTD(1)),
    neighbours  AggregateFunction(uniqExact, String) CODEC(ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(day)
ORDER BY (source, kind, to_kind, key, day)
TTL day + INTERVAL 26 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_degrees_1d BY cityHash64(key)

-- The keys of each kind seen per day: what quick search scans for "contains" matches
-- (one row per key and day, not one per hour).
CREATE TABLE IF NOT EXISTS {{db}}.graph_keys_1d{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    kind        LowCardinality(String),
    day         Date CODEC(Delta, ZSTD(1)),
    key         String CODEC(ZSTD(1)),
    hits        SimpleAggregateFunction(sum, UInt64) CODEC(T64, ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
PARTITION BY toYYYYMM(day)
ORDER BY (source, kind, day, key)
TTL day + INTERVAL 13 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.graph_keys_1d BY cityHash64(key)

-- AS names: the organisation and label last seen for each AS number.
CREATE TABLE IF NOT EXISTS {{db}}.graph_asn_names{{local}} {{on_cluster}}
(
    asn         UInt32,
    org         AggregateFunction(argMax, String, DateTime64(3)) CODEC(ZSTD(1)),
    label       AggregateFunction(argMax, String, DateTime64(3)) CODEC(ZSTD(1)),
    last_seen   SimpleAggregateFunction(max, DateTime64(3)) CODEC(ZSTD(1))
)
ENGINE = {{engine:AggregatingMergeTree}}
ORDER BY asn
SETTINGS index_granularity = 256;

-- distribute {{db}}.graph_asn_names BY asn

-- What follows backfills from the rows already stored, then creates the views. Re-running the file
-- empties and rebuilds the layer, so an interrupted upgrade is safe to repeat. Rows inserted into
-- the raw tables while the backfill runs are not counted: upgrade with ingestion paused.
-- Each SELECT lists every column of its table, in order: a backfill inserts by position, a view by name.
DROP VIEW IF EXISTS {{db}}.mv_graph_links_traffic{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_links_detections{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_nodes{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_degrees{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_links_daily{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_degrees_daily{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_keys{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_asn_names{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_links_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_nodes_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_degrees_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_links_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_degrees_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_keys_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_asn_names{{local}} {{on_cluster}};

-- Every request links each pair of its entities (entity = kind, key, and for an AS its name and
-- label): first grouped to one row per hour × IP × JA4 ×
-- host × User-Agent × AS × country (far fewer than requests), then expanded into ordered pairs.
-- materialize mv_graph_links_traffic TO {{db}}.graph_links_1h FROM {{logs_db}}.http_logs
SELECT 'traffic' AS source, p.1 AS from_kind, p.2 AS from_key, p.3 AS to_kind, hour, p.4 AS to_key,
       sum(n) AS hits, sum(n) AS rows, min(t0) AS first_seen, max(t1) AS last_seen,
       uniqExactStateIf(src_ip, p.1 != 'IP' AND p.3 != 'IP') AS ips,
       0 AS critical, 0 AS high, 0 AS medium, 0 AS low, 0 AS known_bot,
       anyLast(p.5) AS to_name, anyLast(p.6) AS to_label
FROM
(
    SELECT hour, src_ip, n, t0, t1,
           arrayFilter(e -> e.2 != '', [
               ('IP', replaceRegexpOne(toString(src_ip), '^::ffff:', ''), '', ''),
               ('JA4', toString(ja4), '', ''),
               ('HOST', toString(host), '', ''),
               ('USER_AGENT', ua, '', ''),
               ('ASN', if(asn = 0, '', toString(asn)), org, label),
               ('COUNTRY', toString(cc), '', ''),
               ('SUBNET', if(startsWith(toString(src_ip), '::ffff:'),
                             concat(replaceRegexpOne(toString(IPv6CIDRToRange(src_ip, 120).1), '^::ffff:', ''), '/24'),
                             concat(toString(IPv6CIDRToRange(src_ip, 64).1), '/64')), '', '')
           ]) AS entities
    FROM
    (
        SELECT toStartOfHour(time) AS hour, src_ip, ja4, host, header_user_agent AS ua, src_asn AS asn, src_country_code AS cc,
               toString(any(src_asn_org)) AS org, toString(any(src_asn_label)) AS label,
               count() AS n, min(time) AS t0, max(time) AS t1
        FROM {{from}}
        GROUP BY hour, src_ip, ja4, host, ua, asn, cc
    )
)
ARRAY JOIN arrayFlatten(arrayMap(a -> arrayMap(b -> (a.1, a.2, b.1, b.2, b.3, b.4), arrayFilter(b -> b.1 != a.1, entities)), entities)) AS p
GROUP BY source, from_kind, from_key, to_kind, hour, to_key;

-- The same for detections, which also carry their campaign and threat level; the hour is the
-- hour of detection, as the detection lists filter it.
-- materialize mv_graph_links_detections TO {{db}}.graph_links_1h FROM {{db}}.ml_detected_anomalies
SELECT 'detections' AS source, p.1 AS from_kind, p.2 AS from_key, p.3 AS to_kind, hour, p.4 AS to_key,
       sum(h) AS hits, sum(n) AS rows, min(t0) AS first_seen, max(t1) AS last_seen,
       uniqExactStateIf(src_ip, p.1 != 'IP' AND p.3 != 'IP') AS ips,
       sum(c) AS critical, sum(hi) AS high, sum(m) AS medium, sum(l) AS low, sum(k) AS known_bot,
       anyLast(p.5) AS to_name, anyLast(p.6) AS to_label
FROM
(
    SELECT hour, src_ip, n, h, t0, t1, c, hi, m, l, k,
           arrayFilter(e -> e.2 != '', [
               ('IP', replaceRegexpOne(toString(src_ip), '^::ffff:', ''), '', ''),
               ('JA4', toString(ja4), '', ''),
               ('HOST', toString(host), '', ''),
               ('USER_AGENT', ua, '', ''),
               ('ASN', if(asn = 0, '', toString(asn)), org, label),
               ('COUNTRY', toString(cc), '', ''),
               ('SUBNET', if(startsWith(toString(src_ip), '::ffff:'),
                             concat(replaceRegexpOne(toString(IPv6CIDRToRange(src_ip, 120).1), '^::ffff:', ''), '/24'),
                             concat(toString(IPv6CIDRToRange(src_ip, 64).1), '/64')), '', ''),
               ('CAMPAIGN', toString(campaign), '', '')
           ]) AS entities
    FROM
    (
        SELECT toStartOfHour(detected_at) AS hour, src_ip, ja4, host, header_user_agent AS ua, asn_number AS asn,
               country_code AS cc, campaign_id AS campaign, toString(any(asn_org)) AS org, toString(any(asn_label)) AS label,
               count() AS n, sum(hits) AS h, toDateTime64(min(detected_at), 3) AS t0, toDateTime64(max(detected_at), 3) AS t1,
               countIf(threat_level = 'CRITICAL') AS c, countIf(threat_level = 'HIGH') AS hi, countIf(threat_level = 'MEDIUM') AS m,
               countIf(threat_level = 'LOW') AS l, countIf(threat_level = 'KNOWN_BOT') AS k
        FROM {{from}}
        GROUP BY hour, src_ip, ja4, host, ua, asn, cc, campaign
    )
)
ARRAY JOIN arrayFlatten(arrayMap(a -> arrayMap(b -> (a.1, a.2, b.1, b.2, b.3, b.4), arrayFilter(b -> b.1 != a.1, entities)), entities)) AS p
GROUP BY source, from_kind, from_key, to_kind, hour, to_key;

-- A node's activity is the sum of its links to the one kind every row has exactly one of: its IP
-- (an IP's own: its subnet). Each request or detection is counted once, and the IPs are exact.
-- materialize mv_graph_nodes TO {{db}}.graph_nodes_1h FROM {{db}}.graph_links_1h
SELECT source, from_kind AS kind, from_key AS key, hour,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(toIPv6OrDefault(to_key), to_kind = 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot
FROM {{from}}
WHERE to_kind = if(from_kind = 'IP', 'SUBNET', 'IP')
GROUP BY source, kind, key, hour;

-- materialize mv_graph_degrees TO {{db}}.graph_degrees_1h FROM {{db}}.graph_links_1h
SELECT source, from_kind AS kind, from_key AS key, to_kind, hour, uniqExactState(to_key) AS neighbours
FROM {{from}}
GROUP BY source, kind, key, to_kind, hour;

-- materialize mv_graph_links_daily TO {{db}}.graph_links_1d FROM {{db}}.graph_links_1h
SELECT source, from_kind, from_key, to_kind, toDate(hour) AS day, to_key,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactMergeState(ips) AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot,
       anyLast(to_name) AS to_name, anyLast(to_label) AS to_label
FROM {{from}}
GROUP BY source, from_kind, from_key, to_kind, day, to_key;

-- materialize mv_graph_degrees_daily TO {{db}}.graph_degrees_1d FROM {{db}}.graph_degrees_1h
SELECT source, kind, key, to_kind, toDate(hour) AS day, uniqExactMergeState(neighbours) AS neighbours
FROM {{from}}
GROUP BY source, kind, key, to_kind, day;

-- materialize mv_graph_keys TO {{db}}.graph_keys_1d FROM {{db}}.graph_nodes_1h
SELECT source, kind, toDate(hour) AS day, key, sum(hits) AS hits
FROM {{from}}
GROUP BY source, kind, day, key;

-- materialize mv_graph_asn_names TO {{db}}.graph_asn_names FROM {{logs_db}}.http_logs
SELECT src_asn AS asn, argMaxState(toString(src_asn_org), time) AS org, argMaxState(toString(src_asn_label), time) AS label,
       max(time) AS last_seen
FROM {{from}}
WHERE src_asn != 0
GROUP BY asn;
