-- Feature: connector.shopee.stockpush. One row per (profile, item) whose stock must reach Shopee:
-- a burst of changes moves due_at and bumps change_seq instead of adding rows, so it becomes one
-- update_stock call. The timer claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE shopee_stock_push (
    profile_id      text NOT NULL REFERENCES shopee_profile (id) ON DELETE CASCADE,
    item_id         bigint NOT NULL,
    status          text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    -- pending: when to push; sending: when the claim lapses (a node died mid-push)
    due_at          timestamptz NOT NULL,
    -- the first change not yet pushed: caps how long a steady stream of changes can defer the push
    pending_since   timestamptz,
    -- bumped by every change; a push only completes the row if no change arrived meanwhile
    change_seq      bigint NOT NULL DEFAULT 1,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    last_attempt_at timestamptz,
    last_pushed_at  timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (profile_id, item_id)
);
-- The timer's scan.
CREATE INDEX shopee_stock_push_due ON shopee_stock_push (due_at) WHERE status IN ('pending', 'sending');
-- The admin list by status.
CREATE INDEX shopee_stock_push_status ON shopee_stock_push (status, updated_at DESC);
