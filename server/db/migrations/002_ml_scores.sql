-- The bot-detector's output: one row per (model, scoring window, IP, JA4, host).
-- anomaly_score is 0..1, higher is more anomalous; raw_anomaly_score is the Isolation
-- Forest decision function (negative = anomalous), as the legacy screens show it.
-- ORDER BY (src_ip, detected_at) serves IP pages; p_by_ja4 serves JA4 pivots; time pruning by partition.
CREATE TABLE IF NOT EXISTS {{db}}.ml_all_scores{{local}} {{on_cluster}}
(
    detection_id          UInt64,
    detected_at           DateTime,
    window_start          DateTime,
    model_name            LowCardinality(String),
    src_ip                IPv6,
    ja4                   LowCardinality(String),
    host                  LowCardinality(String),
    header_user_agent     String,
    client_headers        LowCardinality(String),
    anomaly_score         Float32,
    raw_anomaly_score     Float32,
    xgb_prob              Float32,
    ae_recon_error        Float32,
    is_anomaly            UInt8,
    threat_level          LowCardinality(String),
    bot_name              LowCardinality(String),
    browser_family        LowCardinality(String),
    campaign_id           LowCardinality(String),
    reason                String,
    recurrence            UInt32,
    hits                  UInt32,
    hit_velocity          Float32,
    fuzzing_index         Float32,
    post_ratio            Float32,
    asset_ratio           Float32,
    direct_access_ratio   Float32,
    temporal_entropy      Float32,
    path_diversity_ratio  Float32,
    modern_browser_score  Float32,
    header_count          Float32,
    src_port_density      Float32,
    distinct_ja4_count    UInt16,
    is_ua_rotating        UInt8,
    asn_number            UInt32,
    asn_org               LowCardinality(String),
    asn_label             LowCardinality(String),
    country_code          LowCardinality(String),
    PROJECTION p_by_ja4 (SELECT * ORDER BY ja4, detected_at)
)
ENGINE = {{engine:MergeTree}}
PARTITION BY toYYYYMMDD(detected_at)
ORDER BY (src_ip, detected_at)
SETTINGS deduplicate_merge_projection_mode = 'rebuild';

-- distribute {{db}}.ml_all_scores BY cityHash64(src_ip)

-- The subset the detector flagged (every level but LEGITIMATE_BROWSER), read by the detection lists.
-- p_by_time serves the newest-first detection list; p_by_ja4 the JA4 and campaign pivots.
CREATE TABLE IF NOT EXISTS {{db}}.ml_detected_anomalies{{local}} {{on_cluster}}
AS {{db}}.ml_all_scores{{local}}
ENGINE = {{engine:MergeTree}}
PARTITION BY toYYYYMMDD(detected_at)
ORDER BY (src_ip, detected_at)
SETTINGS deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE {{db}}.ml_detected_anomalies{{local}} {{on_cluster}}
    ADD PROJECTION IF NOT EXISTS p_by_time (SELECT * ORDER BY detected_at);

-- distribute {{db}}.ml_detected_anomalies BY cityHash64(src_ip)
