-- Sync jobs: timings per phase and the IT Glue client's request statistics.
ALTER TABLE sync_jobs ADD COLUMN timings jsonb NOT NULL DEFAULT '{}';
ALTER TABLE sync_jobs ADD COLUMN stats jsonb NOT NULL DEFAULT '{}';
ALTER TABLE sync_jobs ADD COLUMN notices jsonb NOT NULL DEFAULT '[]';
CREATE INDEX sync_jobs_created ON sync_jobs (created_at DESC);
