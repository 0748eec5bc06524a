-- Records copied from IT Glue, one table per record type. `data` holds the full domain model
-- (the system of record); typed columns exist for filtering, counting and search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organizations (
    id                bigint PRIMARY KEY,
    organization_id   bigint NOT NULL,
    name              text NOT NULL,
    short_name        text,
    organization_type text,
    status            text,
    data              jsonb NOT NULL,
    content_hash      text NOT NULL,
    updated_at        timestamptz,
    ingested_at       timestamptz NOT NULL DEFAULT now(),
    search            tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(short_name, '') || ' ' ||
                              coalesce(organization_type, ''))) STORED
);

CREATE TABLE locations (
    id              bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    name            text NOT NULL,
    city            text,
    region          text,
    country         text,
    data            jsonb NOT NULL,
    content_hash    text NOT NULL,
    updated_at      timestamptz,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    search          tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(city, '') || ' ' ||
                              coalesce(region, ''))) STORED
);

CREATE TABLE contacts (
    id              bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    name            text NOT NULL,
    title           text,
    contact_type    text,
    email           text,
    phone           text,
    location_id     bigint,
    data            jsonb NOT NULL,
    content_hash    text NOT NULL,
    updated_at      timestamptz,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    search          tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(title, '') || ' ' ||
                              coalesce(email, ''))) STORED
);

CREATE TABLE configurations (
    id                  bigint PRIMARY KEY,
    organization_id     bigint NOT NULL,
    name                text NOT NULL,
    hostname            text,
    configuration_type  text NOT NULL,
    status              text,
    primary_ip          text,
    public_ip           text,
    mac_address         text,
    serial_number       text,
    asset_tag           text,
    manufacturer        text,
    model               text,
    operating_system    text,
    warranty_expires_at date,
    location_id         bigint,
    contact_id          bigint,
    archived            boolean NOT NULL DEFAULT false,
    data                jsonb NOT NULL,
    content_hash        text NOT NULL,
    updated_at          timestamptz,
    ingested_at         timestamptz NOT NULL DEFAULT now(),
    search              tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(hostname, '') || ' ' ||
            coalesce(configuration_type, '') || ' ' || coalesce(primary_ip, '') || ' ' ||
            coalesce(serial_number, '') || ' ' || coalesce(manufacturer, '') || ' ' ||
            coalesce(model, '') || ' ' || coalesce(operating_system, ''))) STORED
);

CREATE TABLE configuration_interfaces (
    id               bigint PRIMARY KEY,
    configuration_id bigint NOT NULL REFERENCES configurations (id) ON DELETE CASCADE,
    organization_id  bigint NOT NULL,
    name             text NOT NULL,
    ip_address       text,
    mac_address      text,
    is_primary       boolean NOT NULL DEFAULT false
);

CREATE TABLE flexible_asset_types (
    id              bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    name            text NOT NULL,
    description     text,
    data            jsonb NOT NULL,
    content_hash    text NOT NULL,
    updated_at      timestamptz,
    ingested_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE flexible_assets (
    id                       bigint PRIMARY KEY,
    organization_id          bigint NOT NULL,
    flexible_asset_type_id   bigint NOT NULL,
    flexible_asset_type_name text NOT NULL,
    name                     text NOT NULL,
    expires_on               date,
    traits                   jsonb NOT NULL,
    archived                 boolean NOT NULL DEFAULT false,
    data                     jsonb NOT NULL,
    content_hash             text NOT NULL,
    updated_at               timestamptz,
    ingested_at              timestamptz NOT NULL DEFAULT now(),
    search                   tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || flexible_asset_type_name) ||
        jsonb_to_tsvector('simple', traits, '["string", "numeric"]')) STORED
);

CREATE TABLE passwords (
    id                bigint PRIMARY KEY,
    organization_id   bigint NOT NULL,
    name              text NOT NULL,
    username          text,
    url               text,
    category          text,
    resource_type     text,
    resource_id       bigint,
    value_encrypted   text,
    value_fingerprint text,
    archived          boolean NOT NULL DEFAULT false,
    data              jsonb NOT NULL,
    content_hash      text NOT NULL,
    updated_at        timestamptz,
    ingested_at       timestamptz NOT NULL DEFAULT now(),
    search            tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(username, '') || ' ' ||
                              coalesce(category, ''))) STORED
);

CREATE TABLE documents (
    id              bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    name            text NOT NULL,
    folder          text,
    published       boolean NOT NULL DEFAULT true,
    data            jsonb NOT NULL,
    content_hash    text NOT NULL,
    updated_at      timestamptz,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', name)) STORED
);

CREATE TABLE document_sections (
    id              bigint PRIMARY KEY,
    document_id     bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL,
    kind            text NOT NULL,
    level           integer,
    sort            integer NOT NULL,
    content         text NOT NULL,
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
);

-- owner_id: the record whose sync declares the edge (the contained record for CONTAINS, the
-- source otherwise); re-ingesting a record replaces exactly the edges it owns.
CREATE TABLE relationships (
    source_id       text NOT NULL,
    kind            text NOT NULL,
    target_id       text NOT NULL,
    owner_id        text NOT NULL,
    organization_id bigint NOT NULL,
    notes           text,
    PRIMARY KEY (source_id, kind, target_id)
);

-- What the graph and vector stores hold, by content hash: ingest compares against these to
-- skip unchanged work, and they are only written after the store itself accepted the write.
CREATE TABLE graph_state (
    entity_id       text PRIMARY KEY,  -- a source id (node) or 'source|KIND|target' (edge)
    kind            text NOT NULL CHECK (kind IN ('node', 'edge')),
    owner_id        text NOT NULL,
    organization_id bigint NOT NULL,
    content_hash    text NOT NULL
);

CREATE TABLE chunks (
    chunk_id        text PRIMARY KEY,
    source_id       text NOT NULL,
    organization_id bigint NOT NULL,
    record_type     text NOT NULL,
    content_hash    text NOT NULL,
    embedded_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync_jobs (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL,
    organization_id bigint,
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'running', 'completed', 'failed', 'partial')),
    counts          jsonb NOT NULL DEFAULT '{}',
    errors          jsonb NOT NULL DEFAULT '[]',
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz
);

CREATE TABLE sync_state (
    resource        text NOT NULL,
    organization_id bigint NOT NULL,
    watermark       timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (resource, organization_id)
);

CREATE TABLE api_keys (
    id               text PRIMARY KEY,
    name             text NOT NULL,
    key_hash         text NOT NULL UNIQUE,
    scopes           text[] NOT NULL,
    organization_ids bigint[],
    created_at       timestamptz NOT NULL DEFAULT now(),
    revoked_at       timestamptz,
    last_used_at     timestamptz
);

CREATE TABLE audit_log (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    key_id    text,
    action    text NOT NULL,
    record    text,
    granted   boolean NOT NULL,
    details   jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE query_log (
    id               bigserial PRIMARY KEY,
    at               timestamptz NOT NULL DEFAULT now(),
    key_id           text,
    thread_id        text,
    question         text NOT NULL,
    organization_ids bigint[],
    found            boolean,
    latency_ms       double precision,
    details          jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX configurations_org ON configurations (organization_id, configuration_type);
CREATE INDEX configurations_ip ON configurations (primary_ip);
CREATE INDEX configurations_warranty ON configurations (warranty_expires_at);
CREATE INDEX interfaces_ip ON configuration_interfaces (ip_address);
CREATE INDEX flexible_assets_org ON flexible_assets (organization_id, flexible_asset_type_name);
CREATE INDEX flexible_assets_expiry ON flexible_assets (expires_on);
CREATE INDEX passwords_org ON passwords (organization_id);
CREATE INDEX documents_org ON documents (organization_id);
CREATE INDEX sections_doc ON document_sections (document_id, sort);
CREATE INDEX contacts_org ON contacts (organization_id);
CREATE INDEX locations_org ON locations (organization_id);
CREATE INDEX relationships_target ON relationships (target_id);
CREATE INDEX relationships_owner ON relationships (owner_id);
CREATE INDEX graph_state_owner ON graph_state (owner_id, kind);
CREATE INDEX chunks_source ON chunks (source_id);
CREATE INDEX sync_jobs_status ON sync_jobs (status, organization_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX query_log_at ON query_log (at);

CREATE INDEX organizations_fts ON organizations USING gin (search);
CREATE INDEX configurations_fts ON configurations USING gin (search);
CREATE INDEX flexible_assets_fts ON flexible_assets USING gin (search);
CREATE INDEX passwords_fts ON passwords USING gin (search);
CREATE INDEX documents_fts ON documents USING gin (search);
CREATE INDEX sections_fts ON document_sections USING gin (search);
CREATE INDEX contacts_fts ON contacts USING gin (search);
CREATE INDEX locations_fts ON locations USING gin (search);

CREATE INDEX organizations_name_trgm ON organizations USING gin (name gin_trgm_ops);
CREATE INDEX organizations_short_trgm ON organizations USING gin (short_name gin_trgm_ops);
CREATE INDEX configurations_name_trgm ON configurations USING gin (name gin_trgm_ops);
CREATE INDEX configurations_host_trgm ON configurations USING gin (hostname gin_trgm_ops);
CREATE INDEX flexible_assets_name_trgm ON flexible_assets USING gin (name gin_trgm_ops);
CREATE INDEX documents_name_trgm ON documents USING gin (name gin_trgm_ops);
CREATE INDEX sections_content_trgm ON document_sections USING gin (content gin_trgm_ops);
CREATE INDEX contacts_name_trgm ON contacts USING gin (name gin_trgm_ops);
CREATE INDEX passwords_name_trgm ON passwords USING gin (name gin_trgm_ops);
