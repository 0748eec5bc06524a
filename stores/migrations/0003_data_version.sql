-- A counter bumped by every write of records: the question resolver's indexes are rebuilt
-- when it changes (one row read per question instead of a scan of every name).
CREATE TABLE data_version (
    id      integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO data_version (id, version) VALUES (1, 0);
