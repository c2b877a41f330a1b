-- Feature: connector.shopee.reconcile. How far order polling has got per profile.
CREATE TABLE shopee_poll_state (
    profile_id     text PRIMARY KEY REFERENCES shopee_profile (id) ON DELETE CASCADE,
    last_polled_to timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
