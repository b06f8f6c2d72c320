-- The TAXII 2.1 feed: saved investigations an analyst publishes, and the STIX objects each
-- collection has served, version by version.
--
-- A publication is a switch on an investigation (published or not), its latest row wins; its
-- audit row comes from the same insert.
CREATE TABLE IF NOT EXISTS {{db}}.taxii_publications{{local}} {{on_cluster}}
(
    investigation_id UUID,
    published        UInt8,
    at               DateTime64(3, 'UTC'),
    actor            LowCardinality(String),
    role             LowCardinality(String),
    request_id       String,
    client_ip        String,
    action           LowCardinality(String),
    details          String
)
ENGINE = {{engine:ReplacingMergeTree(at)}}
ORDER BY investigation_id
SETTINGS index_granularity = 256;

-- distribute {{db}}.taxii_publications BY cityHash64(investigation_id)

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_taxii_publications{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT at AS ts, request_id, toString(actor) AS actor, toString(role) AS role, toString(action) AS action,
       'investigation' AS target_type, toString(investigation_id) AS target, 'success' AS outcome, client_ip, details
FROM {{db}}.taxii_publications{{local}};

-- Every version of every object a collection served: a new row only when the object's content
-- changed (its `version` is then the investigation's change time, and its `modified` says so), a
-- revoked version when an investigation drops an object it had published. `date_added` is when the
-- version entered the collection: what a client's `added_after` compares. One insert per
-- investigation state, under the token `<collection>:<state>`, so instances syncing the same state
-- at once store it once.
CREATE TABLE IF NOT EXISTS {{db}}.taxii_objects{{local}} {{on_cluster}}
(
    collection     UUID,
    object_id      String,
    version        DateTime64(3, 'UTC'),
    date_added     DateTime64(3, 'UTC'),
    type           LowCardinality(String),
    content_hash   String,
    revoked        UInt8,
    object         String CODEC(ZSTD(3)),
    -- the investigation state it was made from: `<version>:<latest note edit>`
    source         String
)
ENGINE = {{engine:ReplacingMergeTree}}
ORDER BY (collection, object_id, version)
SETTINGS index_granularity = 1024, non_replicated_deduplication_window = 1000;

-- distribute {{db}}.taxii_objects BY cityHash64(collection)

-- The latest investigation state each collection holds (the sync's bookmark).
CREATE TABLE IF NOT EXISTS {{db}}.taxii_syncs{{local}} {{on_cluster}}
(
    collection UUID,
    source     String,
    synced_at  DateTime64(3, 'UTC')
)
ENGINE = {{engine:ReplacingMergeTree(synced_at)}}
ORDER BY collection
SETTINGS index_granularity = 256;

-- distribute {{db}}.taxii_syncs BY cityHash64(collection)
