-- Feature: connector.shopee.stockpush. Which Shopee item/model sells which platform SKU, as last
-- read with get_model_list, plus Shopee's reserved (promotion) stock per model, which a stock push
-- must never go below.
CREATE TABLE shopee_listing (
    profile_id          text NOT NULL REFERENCES shopee_profile (id) ON DELETE CASCADE,
    item_id             bigint NOT NULL,
    -- 0 for an item without variations
    model_id            bigint NOT NULL CHECK (model_id >= 0),
    model_sku           text,
    -- the platform SKU: model_sku trimmed and upper-cased; null when the model has no SKU
    sku                 text,
    -- Shopee's stock key for multi-warehouse shops; null for a shop without warehouses
    location_id         text,
    model_status        text,
    reserved_stock      integer NOT NULL DEFAULT 0 CHECK (reserved_stock >= 0),
    reserved_updated_at timestamptz,
    -- seller stock Shopee reported at the last refresh
    shopee_stock        integer,
    last_pushed_stock   integer,
    last_pushed_at      timestamptz,
    refreshed_at        timestamptz NOT NULL,
    PRIMARY KEY (profile_id, item_id, model_id)
);
-- A stock change finds the items to push by SKU.
CREATE INDEX shopee_listing_sku ON shopee_listing (profile_id, sku);
