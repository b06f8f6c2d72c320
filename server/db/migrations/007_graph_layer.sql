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

-- The views that keep these tables, and the chunked backfill of the history before them, are
-- migration 012's (a live install): this file creates the tables only.
