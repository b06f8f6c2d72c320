-- Activity per key and day: what entity fields (hits, IPs, first and last seen, threat levels,
-- timelines of daily buckets) read for the whole days of a window, so a window of up to 365 days
-- reads days × keys rows, not hours × keys, and answers after the raw rows of those days are gone
-- (the raw tables' TTL does not reach the layer). Rolled up from the hourly nodes with the other
-- daily tables once a day is over (server/graph/layer/compact.ts).
CREATE TABLE IF NOT EXISTS {{db}}.graph_nodes_1d{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    kind        LowCardinality(String),
    key         String CODEC(ZSTD(1)),
    day         Date CODEC(Delta, ZSTD(1)),
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
PARTITION BY toYYYYMM(day)
ORDER BY (source, kind, key, day)
TTL day + INTERVAL 26 MONTH
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1, min_compress_block_size = 4096, max_compress_block_size = 65536;

-- distribute {{db}}.graph_nodes_1d BY cityHash64(key)

-- Every day is rolled up again, this table with the others: the roll-ups recorded so far are
-- forgotten first (reads then take those days from the hourly tables, which hold every one of them:
-- migration 012 rebuilt the layer), then the daily tables emptied. The server's upkeep rolls the
-- days up again one at a time, under the layer's lock.
DELETE FROM {{db}}.graph_layer_progress{{local}} {{on_cluster}} WHERE source = 'daily';
TRUNCATE TABLE IF EXISTS {{db}}.graph_links_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_degrees_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_keys_1d{{local}} {{on_cluster}};
