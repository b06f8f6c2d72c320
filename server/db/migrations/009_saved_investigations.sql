-- Saved investigations. Every write (create, rename, note, delete, restore …) inserts the whole
-- investigation as a new version: one insert, never a mutation, so a write lands completely or not
-- at all. ReplacingMergeTree keeps the newest version per id as parts merge; reads take the newest
-- with `ORDER BY version DESC LIMIT 1 BY id`, exact before merges too. Notes live in the row (an
-- investigation holds tens of notes, not millions), so a note and its investigation never disagree.
CREATE TABLE IF NOT EXISTS {{db}}.saved_investigations{{local}} {{on_cluster}}
(
    id          UUID,
    version     UInt64,
    name        String,
    description String,
    owner       LowCardinality(String),
    visibility  LowCardinality(String),
    entities    Array(Tuple(type LowCardinality(String), value String)),
    canvas      String CODEC(ZSTD(3)),
    notes       Array(Tuple(id UUID, entity_type LowCardinality(String), entity_value String, text String,
                            author LowCardinality(String), created_at DateTime64(3, 'UTC'), updated_at DateTime64(3, 'UTC'))) CODEC(ZSTD(3)),
    created_at  DateTime64(3, 'UTC'),
    updated_at  DateTime64(3, 'UTC'),
    deleted     UInt8,
    -- who wrote this version and how: the audit view below derives the audit row from this very insert
    actor       LowCardinality(String),
    role        LowCardinality(String),
    request_id  String,
    client_ip   String,
    action      LowCardinality(String),
    details     String
)
ENGINE = {{engine:ReplacingMergeTree(version)}}
ORDER BY id
SETTINGS index_granularity = 256;

-- distribute {{db}}.saved_investigations BY cityHash64(id)

-- Which investigations hold notes about an entity: `Entity.notes` reads the keys of one entity here,
-- then the investigations themselves by id (a note removed later is not in their newest version).
CREATE TABLE IF NOT EXISTS {{db}}.investigation_entity_notes{{local}} {{on_cluster}}
(
    entity_type      LowCardinality(String),
    entity_value     String,
    investigation_id UUID
)
ENGINE = {{engine:ReplacingMergeTree}}
ORDER BY (entity_type, entity_value, investigation_id)
SETTINGS index_granularity = 256;

-- distribute {{db}}.investigation_entity_notes BY cityHash64(entity_value)

-- materialize mv_investigation_entity_notes TO {{db}}.investigation_entity_notes FROM {{db}}.saved_investigations
SELECT note.entity_type AS entity_type, note.entity_value AS entity_value, id AS investigation_id
FROM {{from}}
ARRAY JOIN notes AS note
WHERE note.entity_type != '';

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_saved_investigations{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT
    updated_at          AS ts,
    request_id,
    toString(actor)     AS actor,
    toString(role)      AS role,
    toString(action)    AS action,
    'investigation'     AS target_type,
    toString(id)        AS target,
    'success'           AS outcome,
    client_ip,
    details
FROM {{db}}.saved_investigations{{local}};
