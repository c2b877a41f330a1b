-- Feature: connector.shopee.ordersync. Each Shopee order as last seen, and the platform order
-- it became. Buyer personal data lives only here and is redacted after the retention period.
CREATE TABLE shopee_order_sync (
    environment            text NOT NULL CHECK (environment IN ('sandbox', 'live')),
    order_sn               text NOT NULL,
    profile_id             text NOT NULL,
    order_id               text,
    shopee_status          text NOT NULL,
    status_rank            integer NOT NULL,
    update_time            bigint NOT NULL,
    last_event_id          text,
    currency               text,
    total_amount           numeric(18, 4),
    buyer_username         text,
    recipient_name         text,
    recipient_phone        text,
    recipient_address      text,
    buyer_data_redacted_at timestamptz,
    escrow_amount          numeric(18, 4),
    escrow_detail          text,
    escrow_recorded_at     timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (environment, order_sn)
);
CREATE INDEX shopee_order_sync_order ON shopee_order_sync (order_id);
-- The retention timer's scan.
CREATE INDEX shopee_order_sync_retention ON shopee_order_sync (created_at) WHERE buyer_data_redacted_at IS NULL;
