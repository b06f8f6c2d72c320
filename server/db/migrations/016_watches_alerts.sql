-- Watches and the alerts they raise.
--
-- A watch is stored as saved investigations are: every write inserts the whole watch as a new
-- version made from the version it changed (`base_version`), under the deduplication token
-- `<id>:<base_version>`, so of two writes made from one version only the first is kept, its audit
-- row with it (the view below runs on the same insert).
CREATE TABLE IF NOT EXISTS {{db}}.watches{{local}} {{on_cluster}}
(
    id           UUID,
    version      UInt64,
    base_version UInt64,
    write_id     String,
    name         String,
    -- an entity kind (IP, JA4 …) and its key, or INVESTIGATION and the investigation's id
    target_type  LowCardinality(String),
    target       String,
    -- the rules, as JSON: [{"kind":"NEW_NEIGHBOURS","neighbour":"IP","days":30}, …]
    rules        String CODEC(ZSTD(3)),
    owner        LowCardinality(String),
    visibility   LowCardinality(String),
    muted_until  DateTime64(3, 'UTC'),
    created_at   DateTime64(3, 'UTC'),
    updated_at   DateTime64(3, 'UTC'),
    deleted      UInt8,
    actor        LowCardinality(String),
    role         LowCardinality(String),
    request_id   String,
    client_ip    String,
    action       LowCardinality(String),
    details      String
)
ENGINE = {{engine:ReplacingMergeTree(version)}}
ORDER BY id
SETTINGS index_granularity = 256, non_replicated_deduplication_window = 1000;

-- distribute {{db}}.watches BY cityHash64(id)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_watches{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT updated_at AS ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action,
       'watch' AS target_type, toString(id) AS target, 'success' AS outcome, client_ip, details
FROM {{db}}.watches{{local}};

-- An alert is one watch's rule firing on one entity for one episode. Its id is derived from those
-- (watch, rule, entity, first hour of the episode), so every server instance evaluating the same
-- hours computes the same id and the first insert of version 1 wins (token `<id>:0`). Later
-- versions (more evidence while the episode lasts, a new state or assignee) follow the same rule.
CREATE TABLE IF NOT EXISTS {{db}}.alerts{{local}} {{on_cluster}}
(
    id            String,
    version       UInt64,
    base_version  UInt64,
    write_id      String,
    watch_id      UUID,
    watch_name    String,
    rule          LowCardinality(String),
    entity_type   LowCardinality(String),
    entity_value  String,
    -- who may see it: the watch's owner and visibility when it was raised
    owner         LowCardinality(String),
    visibility    LowCardinality(String),
    episode_start DateTime('UTC'),
    last_hour     DateTime('UTC'),
    raised_at     DateTime64(3, 'UTC'),
    updated_at    DateTime64(3, 'UTC'),
    state         LowCardinality(String),
    assignee      LowCardinality(String),
    title         String,
    -- JSON: the new neighbours, counts, hours
    evidence      String CODEC(ZSTD(3)),
    actor         LowCardinality(String),
    role          LowCardinality(String),
    request_id    String,
    client_ip     String,
    action        LowCardinality(String),
    details       String
)
ENGINE = {{engine:ReplacingMergeTree(version)}}
ORDER BY id
SETTINGS index_granularity = 256, non_replicated_deduplication_window = 10000;

-- distribute {{db}}.alerts BY cityHash64(id)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_alerts{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT updated_at AS ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action,
       'alert' AS target_type, id AS target, 'success' AS outcome, client_ip, details
FROM {{db}}.alerts{{local}};

-- Comments as rows of their own: two analysts commenting at once both keep theirs.
CREATE TABLE IF NOT EXISTS {{db}}.alert_comments{{local}} {{on_cluster}}
(
    alert_id    String,
    comment_id  UUID,
    text        String CODEC(ZSTD(3)),
    author      LowCardinality(String),
    created_at  DateTime64(3, 'UTC'),
    actor       LowCardinality(String),
    role        LowCardinality(String),
    request_id  String,
    client_ip   String,
    action      LowCardinality(String),
    details     String
)
ENGINE = {{engine:MergeTree}}
ORDER BY (alert_id, created_at)
SETTINGS index_granularity = 256;

-- distribute {{db}}.alert_comments BY cityHash64(alert_id)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_alert_comments{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT created_at AS ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action,
       'alert' AS target_type, alert_id AS target, 'success' AS outcome, client_ip, details
FROM {{db}}.alert_comments{{local}};

-- Up to which hour the evaluation is complete. A run reads from here (the hour itself again: it
-- was still filling), and moves it only once the alerts of the run are stored.
CREATE TABLE IF NOT EXISTS {{db}}.alerting_watermarks{{local}} {{on_cluster}}
(
    scope      LowCardinality(String),
    hour       DateTime('UTC'),
    updated_at DateTime64(3, 'UTC')
)
ENGINE = {{engine:ReplacingMergeTree(updated_at)}}
ORDER BY scope;

-- distribute {{db}}.alerting_watermarks BY cityHash64(scope)

-- Where alerts are sent, versioned as watches are. The secret signs the deliveries; it is never
-- read back out through the API, nor written to the audit trail.
CREATE TABLE IF NOT EXISTS {{db}}.webhooks{{local}} {{on_cluster}}
(
    id           UUID,
    version      UInt64,
    base_version UInt64,
    write_id     String,
    name         String,
    url          String,
    secret       String,
    -- json: the alert as JSON; slack: the same with a `text` field Slack and Teams incoming webhooks show
    format       LowCardinality(String),
    enabled      UInt8,
    owner        LowCardinality(String),
    created_at   DateTime64(3, 'UTC'),
    updated_at   DateTime64(3, 'UTC'),
    deleted      UInt8,
    actor        LowCardinality(String),
    role         LowCardinality(String),
    request_id   String,
    client_ip    String,
    action       LowCardinality(String),
    details      String
)
ENGINE = {{engine:ReplacingMergeTree(version)}}
ORDER BY id
SETTINGS index_granularity = 256, non_replicated_deduplication_window = 1000;

-- distribute {{db}}.webhooks BY cityHash64(id)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_webhooks{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT updated_at AS ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action,
       'webhook' AS target_type, toString(id) AS target, 'success' AS outcome, client_ip, details
FROM {{db}}.webhooks{{local}};

-- Every delivery attempt and how it ended: a webhook's failures, with their last error, are read here.
CREATE TABLE IF NOT EXISTS {{db}}.webhook_deliveries{{local}} {{on_cluster}}
(
    webhook_id    UUID,
    alert_id      String,
    alert_version UInt64,
    attempt       UInt16,
    at            DateTime64(3, 'UTC'),
    -- delivered, retrying, failed
    outcome       LowCardinality(String),
    http_status   UInt16,
    error         String,
    ms            UInt32
)
ENGINE = {{engine:MergeTree}}
PARTITION BY toYYYYMM(at)
ORDER BY (webhook_id, at)
TTL toDateTime(at) + INTERVAL 90 DAY
SETTINGS index_granularity = 256, ttl_only_drop_parts = 1;

-- distribute {{db}}.webhook_deliveries BY cityHash64(webhook_id)
