-- Writes that race lose nothing acknowledged.
--
-- An investigation's version is stored with the version it was made from (`base_version`), and its
-- insert carries the deduplication token `<id>:<base_version>`: of two writes made from the same
-- version, the engine stores the first and drops the second, audit row included (the views below
-- deduplicate with it). The writer reads the stored successor back and answers 409 when it is not its
-- own (`write_id`). On a cluster the same holds per shard through Keeper (replicated_deduplication_window),
-- since every version of an id lands on the shard of cityHash64(id).
ALTER TABLE {{db}}.saved_investigations{{local}} {{on_cluster}}
    ADD COLUMN IF NOT EXISTS base_version UInt64 DEFAULT 0,
    ADD COLUMN IF NOT EXISTS write_id String DEFAULT '';

ALTER TABLE {{db}}.saved_investigations{{local}} {{on_cluster}}
    MODIFY SETTING non_replicated_deduplication_window = 1000;

ALTER TABLE {{db}}.audit_logs{{local}} {{on_cluster}}
    MODIFY SETTING non_replicated_deduplication_window = 1000;

-- Notes as rows of their own: adding one never rewrites the investigation, so two analysts adding
-- notes at once both keep theirs. An edit is a new revision of the note (same token rule, per note);
-- its author never changes, its editor is whoever made that revision.
CREATE TABLE IF NOT EXISTS {{db}}.investigation_notes{{local}} {{on_cluster}}
(
    investigation_id UUID,
    note_id          UUID,
    revision         UInt64,
    base_revision    UInt64,
    entity_type      LowCardinality(String),
    entity_value     String,
    text             String CODEC(ZSTD(3)),
    author           LowCardinality(String),
    editor           LowCardinality(String),
    created_at       DateTime64(3, 'UTC'),
    edited_at        DateTime64(3, 'UTC'),
    deleted          UInt8,
    write_id         String,
    actor            LowCardinality(String),
    role             LowCardinality(String),
    request_id       String,
    client_ip        String,
    action           LowCardinality(String),
    details          String
)
ENGINE = {{engine:ReplacingMergeTree(revision)}}
ORDER BY (investigation_id, note_id)
SETTINGS index_granularity = 256, non_replicated_deduplication_window = 1000;

-- distribute {{db}}.investigation_notes BY cityHash64(investigation_id)

-- the notes investigations already hold, as their first revisions (no audit row: they were audited when written)
INSERT INTO {{db}}.investigation_notes
    (investigation_id, note_id, revision, base_revision, entity_type, entity_value, text, author, editor, created_at, edited_at, deleted, action)
SELECT id, note.id, toUInt64(toUnixTimestamp64Milli(note.updated_at)), 0, note.entity_type, note.entity_value, note.text,
       note.author, note.author, note.created_at, note.updated_at, 0, ''
FROM (SELECT id, notes FROM {{db}}.saved_investigations ORDER BY version DESC LIMIT 1 BY id)
ARRAY JOIN notes AS note;

DROP VIEW IF EXISTS {{db}}.mv_investigation_entity_notes{{local}} {{on_cluster}};

-- materialize mv_investigation_note_entities TO {{db}}.investigation_entity_notes FROM {{db}}.investigation_notes
SELECT entity_type, entity_value, investigation_id
FROM {{from}}
WHERE entity_type != '';

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_investigation_notes{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT
    edited_at                  AS ts,
    request_id,
    toString(actor)            AS actor,
    toString(role)             AS role,
    toString(action)           AS action,
    'investigation'            AS target_type,
    toString(investigation_id) AS target,
    'success'                  AS outcome,
    client_ip,
    details
FROM {{db}}.investigation_notes{{local}}
-- notes written with a new investigation (or its copy) are audited by that investigation's own row
WHERE action != '';
