-- Analyst decisions. Legacy columns (created_at, src_ip, classification, comment) kept;
-- entity_type/entity_value generalise it to any entity and to incident clusters.
CREATE TABLE IF NOT EXISTS {{db}}.soc_feedback{{local}} {{on_cluster}}
(
    id            UUID DEFAULT generateUUIDv4(),
    created_at    DateTime64(3) DEFAULT now64(3),
    src_ip        IPv6,
    classification LowCardinality(String),
    comment       String,
    entity_type   LowCardinality(String) DEFAULT 'ip',
    entity_value  String DEFAULT replaceRegexpOne(toString(src_ip), '^::ffff:', ''),
    tags          Array(LowCardinality(String)),
    confidence    Float32,
    analyst       LowCardinality(String),
    features      String
)
ENGINE = {{engine:MergeTree}}
ORDER BY (entity_type, entity_value, created_at);

-- distribute {{db}}.soc_feedback BY cityHash64(entity_value)

-- One row per write attempt (accepted, refused or failed), written before the response.
CREATE TABLE IF NOT EXISTS {{db}}.audit_logs{{local}} {{on_cluster}}
(
    ts          DateTime64(3) DEFAULT now64(3),
    request_id  String,
    actor       LowCardinality(String),
    role        LowCardinality(String),
    action      LowCardinality(String),
    target_type LowCardinality(String),
    target      String,
    outcome     LowCardinality(String),
    client_ip   String,
    details     String
)
ENGINE = {{engine:MergeTree}}
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, actor);

-- distribute {{db}}.audit_logs BY cityHash64(actor)
