-- Degrees are read from the source that holds both kinds (sourceFor in server/graph/columns.sql.ts):
-- from the traffic for every pair, from the detections only for a pair with a kind that only
-- detections carry (a campaign). A detection is its own request tuple with 9 entities, so its 40
-- pairs made the degrees view cost more per detection than the pipeline's own views (npm run
-- bench:ingest -- --views); it now keeps the 10 pairs with its campaign. The rows it no longer
-- writes were never read (a test checks every degree the API reads against the raw rows).
ALTER TABLE {{db}}.mv_graph_degrees{{local}} {{on_cluster}} MODIFY QUERY
SELECT source, p.1.1 AS kind, p.1.2 AS key, p.2.1 AS to_kind, hour, uniqExactState(p.2.2) AS neighbours
FROM (SELECT *, length(entities) AS n FROM {{db}}.graph_tuples{{local}})
ARRAY JOIN arrayFilter(x -> (x.1.1, x.2.1) IN (('ASN', 'CAMPAIGN'), ('ASN', 'COUNTRY'), ('ASN', 'HOST'), ('ASN', 'IP'), ('ASN', 'JA4'), ('ASN', 'SUBNET'),
                                                     ('CAMPAIGN', 'COUNTRY'), ('CAMPAIGN', 'HOST'), ('CAMPAIGN', 'IP'), ('CAMPAIGN', 'JA4'), ('COUNTRY', 'HOST'), ('COUNTRY', 'IP'),
                                                     ('COUNTRY', 'JA4'), ('HOST', 'IP'), ('HOST', 'JA4'), ('HOST', 'USER_AGENT'), ('IP', 'JA4'), ('IP', 'SUBNET'),
                                                     ('IP', 'USER_AGENT'), ('JA4', 'USER_AGENT'), ('CAMPAIGN', 'ASN'), ('COUNTRY', 'ASN'), ('HOST', 'ASN'), ('IP', 'ASN'),
                                                     ('JA4', 'ASN'), ('SUBNET', 'ASN'), ('COUNTRY', 'CAMPAIGN'), ('HOST', 'CAMPAIGN'), ('IP', 'CAMPAIGN'), ('JA4', 'CAMPAIGN'),
                                                     ('HOST', 'COUNTRY'), ('IP', 'COUNTRY'), ('JA4', 'COUNTRY'), ('IP', 'HOST'), ('JA4', 'HOST'), ('USER_AGENT', 'HOST'),
                                                     ('JA4', 'IP'), ('SUBNET', 'IP'), ('USER_AGENT', 'IP'), ('USER_AGENT', 'JA4'))
                                 AND (source = 'traffic' OR 'CAMPAIGN' IN (x.1.1, x.2.1)),
                       arrayZip(arrayFlatten(arrayMap(a -> arrayWithConstant(n, a), entities)), arrayFlatten(arrayWithConstant(n, entities)))) AS p
GROUP BY source, kind, key, to_kind, hour;
