-- What each ingest changed, field by field (sync.changes decides what is written): one row per
-- changed field of a changed record, one per record added or removed, and one per organization
-- and record type for an organization's first load (a summary, not a row per record). Password
-- values are never here: a changed value is a row with field 'value' and no old or new value.
-- Long text is an excerpt around its first difference. `at` is when the sync saw the change.
CREATE TABLE record_changes (
    id              bigserial PRIMARY KEY,
    sync_job_id     bigint,            -- null for a load outside a sync job (the sample)
    at              timestamptz NOT NULL DEFAULT now(),
    organization_id bigint NOT NULL,
    source_id       text NOT NULL,
    record_type     text NOT NULL,
    name            text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('added', 'removed', 'changed', 'loaded')),
    field           text,
    old_value       text,
    new_value       text,
    resource_url    text
);
CREATE INDEX record_changes_org_at ON record_changes (organization_id, at);
CREATE INDEX record_changes_job ON record_changes (sync_job_id);
