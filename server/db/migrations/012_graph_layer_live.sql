-- The graph layer installed on a live pipeline (see docs/graph-layer.md).
--
-- The views are created first and count every row whose time is at or after a cutoff that
-- `migrate` chooses before it applies this file: the epoch on a database without traffic, else the
-- first whole hour at least LAYER_CUTOFF_MARGIN_S ahead, so no row already stored can be at or
-- after it. The history before the cutoff is counted by `npm run layer -- install` in chunks of
-- one UTC day, with a progress table, while the pipeline keeps writing. Rows that arrive late for
-- an hour before the cutoff are found by comparing each day's raw rows with the layer's, and that
-- day is counted again: views never write an hour before the cutoff, so a day is rebuilt without
-- racing them.
--
-- Cost at ingest (npm run bench:ingest): each request's entities are grouped once per insert
-- block into a Null table (nothing stored), and two views expand that: the links, only the pairs
-- the API reads (20 kinds of pair, both directions), and the nodes, one row per entity (plus an
-- ALL node per hour: the layer's own row count, what completeness and late rows are checked
-- against). Degrees still follow the links. The daily tables are no longer kept per insert: a
-- day is rolled up from its hours once it is over (server/graph/layer).
DROP VIEW IF EXISTS {{db}}.mv_graph_links_traffic{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_links_detections{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_nodes{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_degrees{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_links_daily{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_degrees_daily{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_keys{{local}} {{on_cluster}};
DROP VIEW IF EXISTS {{db}}.mv_graph_asn_names{{local}} {{on_cluster}};
-- an upgrade rebuilds the layer from the raw rows (the new layer keeps fewer pairs and an ALL node)
TRUNCATE TABLE IF EXISTS {{db}}.graph_links_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_nodes_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_degrees_1h{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_links_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_degrees_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_keys_1d{{local}} {{on_cluster}};
TRUNCATE TABLE IF EXISTS {{db}}.graph_asn_names{{local}} {{on_cluster}};

-- The install's state: one row per (install, shard, chunk) and a lock row per shard, versions
-- replacing each other. A chunk is a UTC day of one source before the cutoff; the day's roll-up
-- into the daily tables is a chunk of source 'daily'.
CREATE TABLE IF NOT EXISTS {{db}}.graph_layer_progress{{local}} {{on_cluster}}
(
    shard       String,
    source      LowCardinality(String),
    day         Date,
    -- the cutoff row (source 'cutoff'), a lock (source 'lock'), or a chunk's state
    state       LowCardinality(String),
    cutoff      DateTime64(3, 'UTC'),
    raw_rows    UInt64,
    layer_rows  UInt64,
    owner       String,
    message     String,
    seconds     Float64,
    peak_bytes  UInt64,
    updated_at  DateTime64(3, 'UTC'),
    version     UInt64
)
ENGINE = {{engine:ReplacingMergeTree(version)}}
ORDER BY (shard, source, day);

-- distribute {{db}}.graph_layer_progress BY cityHash64(shard)

-- One row per request tuple of an insert block (hour, IP, and each entity the request carries).
-- Null: the views below read each block as it passes; nothing is stored.
CREATE TABLE IF NOT EXISTS {{db}}.graph_tuples{{local}} {{on_cluster}}
(
    source      LowCardinality(String),
    hour        DateTime,
    src_ip      IPv6,
    hits        UInt64,
    rows        UInt64,
    first_seen  DateTime64(3),
    last_seen   DateTime64(3),
    critical    UInt64,
    high        UInt64,
    medium      UInt64,
    low         UInt64,
    known_bot   UInt64,
    entities    Array(Tuple(kind String, key String, name String, label String))
)
ENGINE = Null;

-- live mv_graph_tuples_traffic TO {{db}}.graph_tuples{{local}} FROM {{logs_db}}.http_logs TIME time
SELECT 'traffic' AS source, hour, src_ip, n AS hits, n AS rows, t0 AS first_seen, t1 AS last_seen,
       0 AS critical, 0 AS high, 0 AS medium, 0 AS low, 0 AS known_bot,
       arrayFilter(e -> e.2 != '', [
           ('ALL', '*', '', ''),
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
    WHERE {{range}}
    GROUP BY hour, src_ip, ja4, host, ua, asn, cc
);

-- Detections also carry their campaign and threat level; the hour is the hour of detection, as
-- the detection lists filter it.
-- live mv_graph_tuples_detections TO {{db}}.graph_tuples{{local}} FROM {{db}}.ml_detected_anomalies TIME detected_at
SELECT 'detections' AS source, hour, src_ip, h AS hits, n AS rows, t0 AS first_seen, t1 AS last_seen,
       c AS critical, hi AS high, m AS medium, l AS low, k AS known_bot,
       arrayFilter(e -> e.2 != '', [
           ('ALL', '*', '', ''),
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
    WHERE {{range}}
    GROUP BY hour, src_ip, ja4, host, ua, asn, cc, campaign
);

-- Each pair of a tuple's entities that the API reads, both directions (LAYER_PAIRS in
-- server/graph/graph-layer.repository.ts; a test keeps the two lists equal). The ALL node pairs
-- with nothing.
CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_links{{local}} {{on_cluster}}
TO {{db}}.graph_links_1h AS
SELECT source, p.1 AS from_kind, p.2 AS from_key, p.3 AS to_kind, hour, p.4 AS to_key,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(src_ip, p.1 != 'IP' AND p.3 != 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot,
       anyLast(p.5) AS to_name, anyLast(p.6) AS to_label
FROM {{db}}.graph_tuples{{local}}
ARRAY JOIN arrayFlatten(arrayMap(a -> arrayMap(b -> (a.1, a.2, b.1, b.2, b.3, b.4),
               arrayFilter(b -> has([('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'),
                                     ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'), ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'),
                                     ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'), ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT')],
                                    if(a.1 < b.1, (a.1, b.1), (b.1, a.1))), entities)), entities)) AS p
GROUP BY source, from_kind, from_key, to_kind, hour, to_key;

-- A node's activity: each tuple counted once for each of its entities; the IPs exact.
CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_nodes{{local}} {{on_cluster}}
TO {{db}}.graph_nodes_1h AS
SELECT source, e.1 AS kind, e.2 AS key, hour,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(src_ip, e.1 != 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot
FROM {{db}}.graph_tuples{{local}}
ARRAY JOIN entities AS e
GROUP BY source, kind, key, hour;

-- Distinct neighbours per key, kind of neighbour and hour, from the same pairs (a view over the
-- links view's output costs twice as much: its blocks are the links, not the tuples).
CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_degrees{{local}} {{on_cluster}}
TO {{db}}.graph_degrees_1h AS
SELECT source, p.1 AS kind, p.2 AS key, p.3 AS to_kind, hour, uniqExactState(p.4) AS neighbours
FROM {{db}}.graph_tuples{{local}}
ARRAY JOIN arrayFlatten(arrayMap(a -> arrayMap(b -> (a.1, a.2, b.1, b.2),
               arrayFilter(b -> has([('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'),
                                     ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'), ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'),
                                     ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'), ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT')],
                                    if(a.1 < b.1, (a.1, b.1), (b.1, a.1))), entities)), entities)) AS p
GROUP BY source, kind, key, to_kind, hour;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_asn_names{{local}} {{on_cluster}}
TO {{db}}.graph_asn_names AS
SELECT toUInt32(e.2) AS asn, argMaxState(e.3, t) AS org, argMaxState(e.4, t) AS label, max(t) AS last_seen
FROM (SELECT entities, last_seen AS t FROM {{db}}.graph_tuples{{local}} WHERE source = 'traffic')
ARRAY JOIN arrayFilter(x -> x.1 = 'ASN', entities) AS e
GROUP BY asn;
