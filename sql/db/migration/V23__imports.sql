-- Feature: importing. One row per real (non-dry) CSV import; progress is polled from it.
CREATE TABLE import_job (
    id             text PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('CATALOG', 'STOCK')),
    status         text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    total_rows     integer NOT NULL CHECK (total_rows >= 0),
    processed_rows integer NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
    message        text,
    actor          text NOT NULL,
    created_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    version        bigint NOT NULL DEFAULT 0
);
CREATE INDEX import_job_created_idx ON import_job (created_at DESC, id DESC);
CREATE INDEX import_job_status_idx ON import_job (status, created_at DESC);
