-- Feature: connector.shopee.exception. Problems an operator must see and can fix: one row per
-- open problem (repeats bump occurrences instead of piling up).
CREATE TABLE connector_exception (
    id            text PRIMARY KEY,
    type          text NOT NULL,
    status        text NOT NULL CHECK (status IN ('open', 'resolved')),
    environment   text,
    profile_id    text,
    reference     text,
    message       text NOT NULL,
    event_id      text,
    occurrences   integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    resolved_at   timestamptz,
    resolved_by   text,
    resolution    text,
    version       bigint NOT NULL DEFAULT 0
);
-- The same open problem is recorded once.
CREATE UNIQUE INDEX connector_exception_open_once ON connector_exception (type, coalesce(profile_id, ''), coalesce(reference, '')) WHERE status = 'open';
CREATE INDEX connector_exception_list ON connector_exception (status, environment, type, created_at DESC);
