-- A detection is opened by its id alone (links, shared URLs): a bloom filter over detection_id lets
-- that lookup skip every granule without it instead of scanning the table.
ALTER TABLE {{db}}.ml_all_scores{{local}} {{on_cluster}}
    ADD INDEX IF NOT EXISTS idx_detection_id detection_id TYPE bloom_filter(0.001) GRANULARITY 1;

ALTER TABLE {{db}}.ml_all_scores{{local}} {{on_cluster}} MATERIALIZE INDEX idx_detection_id;

ALTER TABLE {{db}}.ml_detected_anomalies{{local}} {{on_cluster}}
    ADD INDEX IF NOT EXISTS idx_detection_id detection_id TYPE bloom_filter(0.001) GRANULARITY 1;

ALTER TABLE {{db}}.ml_detected_anomalies{{local}} {{on_cluster}} MATERIALIZE INDEX idx_detection_id;
