-- Feature: audit. Append-only record of state-changing admin calls.
CREATE TABLE audit_entry (
    id          text PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    -- Plain ids, not foreign keys: an entry outlives whatever it names, including the actor.
    actor_id    text,
    actor_email text,
    method      text NOT NULL,
    route       text NOT NULL,
    path        text NOT NULL,
    target_id   text,
    status      integer NOT NULL,
    remote_addr text
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, occurred_at DESC);
CREATE INDEX audit_entry_target_idx ON audit_entry (target_id, occurred_at DESC);
CREATE INDEX audit_entry_route_idx ON audit_entry (route, occurred_at DESC);
CREATE INDEX audit_entry_status_idx ON audit_entry (status, occurred_at DESC);
