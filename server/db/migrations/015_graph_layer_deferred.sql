-- Deferred mode (docs/graph-layer.md): for pipelines whose insert rate the live views cannot keep
-- up with, the hours from a boundary on are counted in batches instead of per insert. The request
-- tuples of those hours go into graph_tuples_pending (one cheap write per insert); the server drains
-- them every LAYER_DRAIN_INTERVAL_S with the views' own SELECTs, many inserts' tuples in one block
-- (server/graph/layer/deferred.ts).
--
-- Which hours are deferred is written into the views below ({{deferred}}: `0`, or the intervals
-- between the boundaries `npm run layer -- mode` chose). A boundary is always a whole hour ahead of
-- the clock when it is set, so whichever views an insert sees, each of its rows is counted by the
-- live views or by the drain, never both and never neither.
--
-- The drain reads the pending rows by the block number each insert was given when it became visible
-- (persisted per row, so merges keep it) and records how far it has read. It writes each hourly table
-- in one block with an insert_deduplication_token, so a drain killed mid-way and run again counts
-- the range once: the tables keep the ids of their last blocks.
CREATE TABLE IF NOT EXISTS {{db}}.graph_tuples_pending{{local}} {{on_cluster}}
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
    entities    Array(Tuple(kind String, key String, name String, label String)),
    ingested    DateTime64(3, 'UTC')
)
ENGINE = {{engine:MergeTree}}
ORDER BY tuple()
SETTINGS enable_block_number_column = 1;

-- A drain's range, grouped once, for the four statements that expand it (emptied before each range).
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

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_graph_pending{{local}} {{on_cluster}}
TO {{db}}.graph_tuples_pending{{local}} AS
SELECT *, now64(3, 'UTC') AS ingested FROM {{db}}.graph_tuples{{local}} WHERE 0;

-- The statements from here on are applied again, with the new boundaries, when the mode changes.
ALTER TABLE {{db}}.mv_graph_pending{{local}} {{on_cluster}} MODIFY QUERY
SELECT *, now64(3, 'UTC') AS ingested FROM {{db}}.graph_tuples{{local}} WHERE {{deferred}};

ALTER TABLE {{db}}.mv_graph_nodes{{local}} {{on_cluster}} MODIFY QUERY
SELECT source, e.1 AS kind, e.2 AS key, hour,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(src_ip, e.1 != 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot
FROM {{db}}.graph_tuples{{local}}
ARRAY JOIN entities AS e
WHERE NOT ({{deferred}})
GROUP BY source, kind, key, hour;

ALTER TABLE {{db}}.mv_graph_asn_names{{local}} {{on_cluster}} MODIFY QUERY
SELECT toUInt32(e.2) AS asn, argMaxState(e.3, t) AS org, argMaxState(e.4, t) AS label, max(t) AS last_seen
FROM (SELECT entities, last_seen AS t FROM {{db}}.graph_tuples{{local}} WHERE source = 'traffic' AND NOT ({{deferred}}))
ARRAY JOIN arrayFilter(x -> x.1 = 'ASN', entities) AS e
GROUP BY asn;

ALTER TABLE {{db}}.mv_graph_links{{local}} {{on_cluster}} MODIFY QUERY
SELECT source, p.1.1 AS from_kind, p.1.2 AS from_key, p.2.1 AS to_kind, hour, p.2.2 AS to_key,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(src_ip, p.1.1 != 'IP' AND p.2.1 != 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot,
       anyLast(p.2.3) AS to_name, anyLast(p.2.4) AS to_label
FROM (SELECT *, length(entities) AS n FROM {{db}}.graph_tuples{{local}} WHERE NOT ({{deferred}}))
ARRAY JOIN arrayFilter(x -> (x.1.1, x.2.1) IN (('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'), ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'),
                                                     ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'), ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'),
                                                     ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT'), ('CAMPAIGN', 'ASN'), ('COUNTRY', 'ASN'), ('HOST', 'ASN'), ('IP', 'ASN'),
                                                     ('JA4', 'ASN'), ('SUBNET', 'ASN'), ('COUNTRY', 'CAMPAIGN'), ('HOST', 'CAMPAIGN'), ('IP', 'CAMPAIGN'), ('JA4', 'CAMPAIGN'),
                                                     ('HOST', 'COUNTRY'), ('IP', 'COUNTRY'), ('JA4', 'COUNTRY'), ('IP', 'HOST'), ('JA4', 'HOST'), ('USER_AGENT', 'HOST'),
                                                     ('JA4', 'IP'), ('SUBNET', 'IP'), ('USER_AGENT', 'IP'), ('USER_AGENT', 'JA4')),
                       arrayZip(arrayFlatten(arrayMap(a -> arrayWithConstant(n, a), entities)), arrayFlatten(arrayWithConstant(n, entities)))) AS p
GROUP BY source, from_kind, from_key, to_kind, hour, to_key;

ALTER TABLE {{db}}.mv_graph_degrees{{local}} {{on_cluster}} MODIFY QUERY
SELECT source, p.1.1 AS kind, p.1.2 AS key, p.2.1 AS to_kind, hour, uniqExactState(p.2.2) AS neighbours
FROM (SELECT *, length(entities) AS n FROM {{db}}.graph_tuples{{local}} WHERE NOT ({{deferred}}))
ARRAY JOIN arrayFilter(x -> (x.1.1, x.2.1) IN (('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'), ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'),
                                                     ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'), ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'),
                                                     ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT'), ('CAMPAIGN', 'ASN'), ('COUNTRY', 'ASN'), ('HOST', 'ASN'), ('IP', 'ASN'),
                                                     ('JA4', 'ASN'), ('SUBNET', 'ASN'), ('COUNTRY', 'CAMPAIGN'), ('HOST', 'CAMPAIGN'), ('IP', 'CAMPAIGN'), ('JA4', 'CAMPAIGN'),
                                                     ('HOST', 'COUNTRY'), ('IP', 'COUNTRY'), ('JA4', 'COUNTRY'), ('IP', 'HOST'), ('JA4', 'HOST'), ('USER_AGENT', 'HOST'),
                                                     ('JA4', 'IP'), ('SUBNET', 'IP'), ('USER_AGENT', 'IP'), ('USER_AGENT', 'JA4')),
                       arrayZip(arrayFlatten(arrayMap(a -> arrayWithConstant(n, a), entities)), arrayFlatten(arrayWithConstant(n, entities)))) AS p
GROUP BY source, kind, key, to_kind, hour;
