-- Who made each classification, carried by the row itself, so that the audit row below is
-- produced by the very insert that stores the decision: it lands with it or not at all.
ALTER TABLE {{db}}.soc_feedback{{local}} {{on_cluster}}
    ADD COLUMN IF NOT EXISTS role LowCardinality(String),
    ADD COLUMN IF NOT EXISTS request_id String,
    ADD COLUMN IF NOT EXISTS client_ip String,
    ADD COLUMN IF NOT EXISTS action LowCardinality(String) DEFAULT 'classify';

CREATE MATERIALIZED VIEW IF NOT EXISTS {{db}}.mv_audit_soc_feedback{{local}} {{on_cluster}}
TO {{db}}.audit_logs{{local}} AS
SELECT
    created_at                                          AS ts,
    request_id,
    if(analyst = '', 'legacy-client', toString(analyst)) AS actor,
    toString(role)                                      AS role,
    toString(action)                                    AS action,
    toString(entity_type)                               AS target_type,
    entity_value                                        AS target,
    'success'                                           AS outcome,
    client_ip,
    concat('label=', toString(classification), ' tags=', arrayStringConcat(tags, ','), ' confidence=', toString(confidence)) AS details
FROM {{db}}.soc_feedback{{local}};
