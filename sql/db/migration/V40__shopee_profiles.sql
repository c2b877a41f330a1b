-- Feature: connector.shopee.profile. Connector profiles, their encrypted credentials and tokens,
-- the platform's active environment, and each profile's Shopee warehouses.
CREATE TABLE shopee_profile (
    id                           text PRIMARY KEY,
    name                         text NOT NULL,
    environment                  text NOT NULL CHECK (environment IN ('sandbox', 'live')),
    region                       text NOT NULL,
    partner_id                   bigint,
    -- Secrets are sealed as "v1:<key id>:<base64 nonce+ciphertext>" (AES-256-GCM); fingerprints
    -- are stored beside them so reads never decrypt.
    partner_key_secret           text,
    partner_key_fingerprint      text,
    push_partner_key_secret      text,
    push_partner_key_fingerprint text,
    shop_id                      bigint,
    api_base_url                 text,
    default_location_id          text,
    active                       boolean NOT NULL DEFAULT false,
    access_token_secret          text,
    refresh_token_secret         text,
    access_expires_at            timestamptz,
    refresh_expires_at           timestamptz,
    authorized_at                timestamptz,
    authorization_expires_at     timestamptz,
    needs_reconnect              boolean NOT NULL DEFAULT false,
    refresh_count                bigint NOT NULL DEFAULT 0,
    last_refresh_at              timestamptz,
    last_refresh_outcome         text,
    last_error                   text,
    last_error_at                timestamptz,
    created_at                   timestamptz NOT NULL,
    updated_at                   timestamptz NOT NULL,
    version                      bigint NOT NULL DEFAULT 0
);

-- Exactly one active profile per environment, whatever the application does.
CREATE UNIQUE INDEX shopee_profile_one_active_per_env ON shopee_profile (environment) WHERE active;
CREATE INDEX shopee_profile_environment ON shopee_profile (environment, name);
-- The refresh timer's scan.
CREATE INDEX shopee_profile_access_expiry ON shopee_profile (access_expires_at) WHERE access_token_secret IS NOT NULL;

-- One row: which environment the platform works in.
CREATE TABLE shopee_connector_setting (
    id                 integer PRIMARY KEY CHECK (id = 1),
    active_environment text NOT NULL CHECK (active_environment IN ('sandbox', 'live')),
    updated_at         timestamptz NOT NULL
);
INSERT INTO shopee_connector_setting (id, active_environment, updated_at) VALUES (1, 'sandbox', now());

CREATE TABLE shopee_warehouse (
    profile_id     text NOT NULL REFERENCES shopee_profile (id) ON DELETE CASCADE,
    warehouse_id   bigint NOT NULL,
    warehouse_type integer NOT NULL,
    name           text,
    location_id    text,
    region         text,
    state          text,
    city           text,
    address        text,
    zipcode        text,
    refreshed_at   timestamptz NOT NULL,
    PRIMARY KEY (profile_id, warehouse_id, warehouse_type)
);
