-- Feature: order. Manual and marketplace orders, their lines and status history.
-- "order" is a reserved word, hence sales_order.
CREATE TABLE sales_order (
    id                   text PRIMARY KEY,
    channel              text NOT NULL,
    environment          text CHECK (environment IN ('sandbox', 'live')),
    external_ref         text,
    status               text NOT NULL CHECK (status IN ('PLACED', 'SHIPPED', 'COMPLETED', 'CANCELLED', 'RETURNED')),
    payment_status       text NOT NULL CHECK (payment_status IN ('AWAITING', 'CAPTURED', 'REFUNDED')),
    fulfilment_status    text NOT NULL CHECK (fulfilment_status IN ('UNFULFILLED', 'SHIPPED', 'PARTIALLY_RETURNED', 'RETURNED')),
    currency_code        char(3) NOT NULL,
    subtotal_amount      bigint NOT NULL CHECK (subtotal_amount >= 0),
    shipping_amount      bigint NOT NULL CHECK (shipping_amount >= 0),
    total_amount         bigint NOT NULL CHECK (total_amount >= 0),
    captured_amount      bigint,
    location_id          text NOT NULL,
    customer_name        text,
    customer_email       text,
    customer_phone       text,
    note                 text,
    search_text          text GENERATED ALWAYS AS (lower(
                             id || ' ' || coalesce(external_ref, '') || ' ' || coalesce(customer_name, '') || ' '
                             || coalesce(customer_email, ''))) STORED,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint NOT NULL DEFAULT 0
);
-- One order per marketplace reference in each environment; manual orders without a reference are free.
CREATE UNIQUE INDEX sales_order_external_ref_key ON sales_order (channel, environment, external_ref)
    NULLS NOT DISTINCT WHERE external_ref IS NOT NULL;
-- Every list filter has an index that also yields the newest-first order.
CREATE INDEX sales_order_env_status_created_idx ON sales_order (environment, status, created_at DESC, id DESC);
CREATE INDEX sales_order_status_created_idx ON sales_order (status, created_at DESC, id DESC);
CREATE INDEX sales_order_channel_created_idx ON sales_order (channel, environment, created_at DESC, id DESC);
CREATE INDEX sales_order_created_idx ON sales_order (created_at DESC, id DESC);
CREATE INDEX sales_order_search_trgm_idx ON sales_order USING gin (search_text gin_trgm_ops);

CREATE TABLE sales_order_line (
    id                 text PRIMARY KEY,
    order_id           text NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    line_no            integer NOT NULL,
    variant_id         text NOT NULL,
    sku                text COLLATE "C" NOT NULL,
    title              text NOT NULL,
    quantity           integer NOT NULL CHECK (quantity > 0),
    returned_quantity  integer NOT NULL DEFAULT 0 CHECK (returned_quantity >= 0 AND returned_quantity <= quantity),
    unit_price_amount  bigint NOT NULL CHECK (unit_price_amount >= 0),
    total_amount       bigint NOT NULL CHECK (total_amount >= 0),
    CONSTRAINT sales_order_line_no_key UNIQUE (order_id, line_no)
);
CREATE INDEX sales_order_line_variant_idx ON sales_order_line (variant_id);

CREATE TABLE sales_order_status_change (
    id           text PRIMARY KEY,
    order_id     text NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    event        text NOT NULL,
    from_status  text,
    to_status    text NOT NULL,
    note         text,
    actor        text NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX sales_order_status_change_order_idx ON sales_order_status_change (order_id, created_at);
