-- Feature: staff. Staff users and their server-side sessions.
CREATE TABLE staff_user (
    id                   text PRIMARY KEY,
    email                text NOT NULL,
    name                 text,
    role                 text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'OPERATOR', 'VIEWER')),
    -- Self-describing PBKDF2 hash (algorithm:iterations:salt:hash); never the password.
    password_hash        text NOT NULL,
    active               boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT false,
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint NOT NULL DEFAULT 0
);
-- Emails compare case-insensitively: Alice@x and alice@x are one person.
CREATE UNIQUE INDEX staff_user_email_key ON staff_user (lower(email));
CREATE INDEX staff_user_role_active_idx ON staff_user (role, active);

-- Only the SHA-256 of a bearer token is stored: a database dump yields no usable session.
CREATE TABLE staff_session (
    id           text PRIMARY KEY,
    user_id      text NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    token_hash   text NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    CONSTRAINT staff_session_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX staff_session_live_by_user_idx ON staff_session (user_id) WHERE revoked_at IS NULL;
