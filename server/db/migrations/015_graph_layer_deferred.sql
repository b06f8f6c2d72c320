-- Deferred mode (docs/graph-layer.md): for pipelines whose insert rate the live views cannot keep
-- up with, the hours from a boundary on are counted in batches instead of per insert. An insert
-- of those hours only copies the columns the layer reads into graph_rows_pending (no grouping, no
-- pair expansion); the server drains them every LAYER_DRAIN_INTERVAL_S: the rows of many inserts
-- grouped into request tuples at once (the SELECTs below, reading the pending rows), then the
-- layer's views' own SELECTs over those tuples (server/graph/layer/deferred.ts).
--
-- Which hours are deferred is written into the views ({{deferred:<time>}}: `0`, or the intervals
-- between the boundaries `npm run layer -- mode` chose). A boundary is always a whole hour ahead of
-- the clock when it is set, so whichever views an insert sees, each of its rows is counted by the
-- live views or by the drain, never both and never neither.
--
-- The drain reads the pending rows by the block number each insert was given when it became
-- visible (persisted per row, so merges keep it) and records how far it has read. It writes each
-- hourly table in one block with an insert_deduplication_token, so a drain killed mid-way and run
-- again counts the range once: the tables keep the ids of their last blocks.
CREATE TABLE IF NOT EXISTS {{db}}.graph_rows_pending{{local}} {{on_cluster}}
(
    source            LowCardinality(String),
    hour              DateTime,
    -- traffic (http_logs' names and types)
    time              DateTime64(3),
    src_asn           UInt32,
    src_country_code  LowCardinality(String),
    src_asn_org       LowCardinality(String),
    src_asn_label     LowCardinality(String),
    -- detections (ml_detected_anomalies' names and types)
    detected_at       DateTime,
    asn_number        UInt32,
    country_code      LowCardinality(String),
    asn_org           LowCardinality(String),
    asn_label         LowCardinality(String),
    campaign_id       LowCardinality(String),
    hits              UInt32,
    threat_level      LowCardinality(String),
    -- both
    src_ip            IPv6,
    ja4               LowCardinality(String),
    host              LowCardinality(String),
    header_user_agent String,
    ingested          DateTime64(3, 'UTC')
)
ENGINE = {{engine:MergeTree}}
ORDER BY tuple()
SETTINGS enable_block_number_column = 1;

-- A drain's range grouped into request tuples once, for the four statements that expand it
-- (emptied before each range).
CREATE TABLE IF NOT EXISTS {{db}}.graph_tuples_batch{{local}} {{on_cluster}}
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
ENGINE = Memory;

ALTER TABLE {{db}}.graph_links_1h{{local}} {{on_cluster}} MODIFY SETTING non_replicated_deduplication_window = 10000;
ALTER TABLE {{db}}.graph_nodes_1h{{local}} {{on_cluster}} MODIFY SETTING non_replicated_deduplication_window = 10000;
ALTER TABLE {{db}}.graph_degrees_1h{{local}} {{on_cluster}} MODIFY SETTING non_replicated_deduplication_window = 10000;
ALTER TABLE {{db}}.graph_asn_names{{local}} {{on_cluster}} MODIFY SETTING non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_pending_traffic{{local}} {{on_cluster}}
TO {{db}}.graph_rows_pending{{local}} AS
SELECT 'traffic' AS source, toStartOfHour(time) AS hour, time, src_asn, src_country_code, src_asn_org, src_asn_label,
       src_ip, ja4, host, header_user_agent, now64(3, 'UTC') AS ingested
FROM {{logs_db}}.http_logs{{local}} WHERE 0;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_pending_detections{{local}} {{on_cluster}}
TO {{db}}.graph_rows_pending{{local}} AS
SELECT 'detections' AS source, toStartOfHour(detected_at) AS hour, detected_at, asn_number, country_code, asn_org, asn_label,
       campaign_id, hits, threat_level, src_ip, ja4, host, header_user_agent, now64(3, 'UTC') AS ingested
FROM {{db}}.ml_detected_anomalies{{local}} WHERE 0;

-- The statements from here on are applied again, with the new boundaries, when the mode changes.
ALTER TABLE {{db}}.mv_graph_pending_traffic{{local}} {{on_cluster}} MODIFY QUERY
SELECT 'traffic' AS source, toStartOfHour(time) AS hour, time, src_asn, src_country_code, src_asn_org, src_asn_label,
       src_ip, ja4, host, header_user_agent, now64(3, 'UTC') AS ingested
FROM {{logs_db}}.http_logs{{local}} WHERE {{deferred:time}};

ALTER TABLE {{db}}.mv_graph_pending_detections{{local}} {{on_cluster}} MODIFY QUERY
SELECT 'detections' AS source, toStartOfHour(detected_at) AS hour, detected_at, asn_number, country_code, asn_org, asn_label,
       campaign_id, hits, threat_level, src_ip, ja4, host, header_user_agent, now64(3, 'UTC') AS ingested
FROM {{db}}.ml_detected_anomalies{{local}} WHERE {{deferred:detected_at}};

-- The request tuples, as migration 012 defines them, now skipping deferred hours (`MODIFY`: the
-- views keep the cutoff they count from). The drain groups the pending rows with these same
-- SELECTs, and the install counts the history before the cutoff with them.
-- live mv_graph_tuples_traffic TO {{db}}.graph_tuples{{local}} FROM {{logs_db}}.http_logs TIME time MODIFY
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

-- live mv_graph_tuples_detections TO {{db}}.graph_tuples{{local}} FROM {{db}}.ml_detected_anomalies TIME detected_at MODIFY
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
