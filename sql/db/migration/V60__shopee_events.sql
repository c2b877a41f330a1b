-- Feature: connector.shopee.webhook. Every push Shopee delivered, exactly as delivered, and its
-- processing state. The row is written before the 200 goes back, so nothing acknowledged is lost.
CREATE TABLE shopee_event (
    id               text PRIMARY KEY,
    environment      text NOT NULL CHECK (environment IN ('sandbox', 'live')),
    profile_id       text,
    push_code        integer,
    shop_id          bigint,
    order_sn         text,
    raw_body         bytea NOT NULL,
    callback_url     text NOT NULL,
    signature        text,
    signature_ok     boolean NOT NULL,
    -- Same profile + same bytes = the same push delivered again (Shopee retries).
    dedupe_key       text NOT NULL,
    deliveries       integer NOT NULL DEFAULT 1,
    received_at      timestamptz NOT NULL,
    last_delivery_at timestamptz NOT NULL,
    -- pending → processing outcome: done | ignored | rejected | retry | held | dead
    status           text NOT NULL CHECK (status IN ('pending', 'retry', 'held', 'done', 'ignored', 'rejected', 'dead')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    processed_at     timestamptz,
    source           text NOT NULL DEFAULT 'push' CHECK (source IN ('push', 'lost_push', 'poll', 'reprocess'))
);
CREATE UNIQUE INDEX shopee_event_dedupe ON shopee_event (dedupe_key);
-- The work queue: claimed with FOR UPDATE SKIP LOCKED.
CREATE INDEX shopee_event_due ON shopee_event (next_attempt_at) WHERE status IN ('pending', 'retry');
CREATE INDEX shopee_event_list ON shopee_event (environment, status, received_at DESC);
CREATE INDEX shopee_event_profile ON shopee_event (profile_id, received_at DESC);
CREATE INDEX shopee_event_order ON shopee_event (order_sn) WHERE order_sn IS NOT NULL;
