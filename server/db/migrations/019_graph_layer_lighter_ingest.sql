-- The layer's cost at ingest (npm run bench:ingest -- --views), cut where the API does not need it:
--
-- Degrees leave the insert path. An entity's count of distinct neighbours of a kind is read from what
-- the layer already holds: its addresses from its nodes' IP sets, an address's neighbours from its own
-- few links, and any other pair's from the daily degrees of rolled-up days (written once per day from
-- that day's links, server/graph/layer) and the links of the hours since. The degrees view cost as
-- much per insert as the nodes and the names together. graph_degrees_1h is no longer written; what
-- it holds ages out by its TTL.
--
-- A detection is its own request tuple, so each pair of its entities was a link row per detection:
-- the detections' links now keep the pairs with an address or a campaign (LAYER_PAIRS_OF in
-- server/graph/entity.kinds.ts; a test keeps the lists equal). A detection pair without either is
-- read from the raw detections of the key's addresses, which the layer links. The links those pairs
-- wrote before stay, unread, until their TTL.
--
-- MODIFY QUERY swaps the view's SELECT in place: on a live pipeline no insert falls between two views.
DROP VIEW IF EXISTS {{db}}.mv_graph_degrees{{local}} {{on_cluster}};

ALTER TABLE {{db}}.mv_graph_links{{local}} {{on_cluster}} MODIFY QUERY
SELECT source, p.1.1 AS from_kind, p.1.2 AS from_key, p.2.1 AS to_kind, hour, p.2.2 AS to_key,
       sum(hits) AS hits, sum(rows) AS rows, min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       uniqExactStateIf(src_ip, p.1.1 != 'IP' AND p.2.1 != 'IP') AS ips,
       sum(critical) AS critical, sum(high) AS high, sum(medium) AS medium, sum(low) AS low, sum(known_bot) AS known_bot,
       anyLast(p.2.3) AS to_name, anyLast(p.2.4) AS to_label
FROM (SELECT *, length(entities) AS n FROM {{db}}.graph_tuples{{local}})
ARRAY JOIN arrayFilter(x -> (x.1.1, x.2.1) IN (('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'), ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'),
                                                     ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'), ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'),
                                                     ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT'), ('CAMPAIGN', 'ASN'), ('COUNTRY', 'ASN'), ('HOST', 'ASN'), ('IP', 'ASN'),
                                                     ('JA4', 'ASN'), ('SUBNET', 'ASN'), ('COUNTRY', 'CAMPAIGN'), ('HOST', 'CAMPAIGN'), ('IP', 'CAMPAIGN'), ('JA4', 'CAMPAIGN'),
                                                     ('HOST', 'COUNTRY'), ('IP', 'COUNTRY'), ('JA4', 'COUNTRY'), ('IP', 'HOST'), ('JA4', 'HOST'), ('USER_AGENT', 'HOST'),
                                                     ('JA4', 'IP'), ('SUBNET', 'IP'), ('USER_AGENT', 'IP'), ('USER_AGENT', 'JA4'))
                                 AND (source = 'traffic' OR 'IP' IN (x.1.1, x.2.1) OR 'CAMPAIGN' IN (x.1.1, x.2.1)),
                       arrayZip(arrayFlatten(arrayMap(a -> arrayWithConstant(n, a), entities)), arrayFlatten(arrayWithConstant(n, entities)))) AS p
GROUP BY source, from_kind, from_key, to_kind, hour, to_key;
