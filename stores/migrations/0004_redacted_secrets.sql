-- Secrets found in free text at ingest (a PIN in a note, a password in a runbook step): the
-- stored text holds a placeholder, the value lives here only encrypted (core.crypto, the same
-- key as password values). `fingerprint` (an HMAC of record, field and value) lets ingest see a
-- changed value without decrypting. Only a `passwords` key reads them, and every read is audited.
CREATE TABLE redacted_secrets (
    source_id       text NOT NULL,
    field           text NOT NULL,   -- notes, sections/40012/content, traits/admin-pin, ...
    position        integer NOT NULL, -- the n-th placeholder of that field
    organization_id bigint NOT NULL,
    kind            text NOT NULL,   -- password, pin, recovery_code, api_key, ...
    ciphertext      text NOT NULL,
    fingerprint     text NOT NULL,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, field, position)
);
