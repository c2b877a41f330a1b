-- Feature: connector.shopee.skumap. Which platform variant a Shopee SKU means when the shop lists
-- a card under another SKU than the catalog's: order sync and the stock push translate through it.
-- One mapping per Shopee SKU for the whole merchant (every profile, both environments). SKUs are
-- stored normalised like the catalog's (trimmed, upper-case); a Shopee SKU that is itself the SKU
-- of another variant is refused by the boundary, so a SKU never means two variants.
CREATE TABLE shopee_sku_mapping (
    id          text PRIMARY KEY,
    shopee_sku  text COLLATE "C" NOT NULL,
    -- the platform variant's SKU (catalog-normalised) and its id; plain ids across features
    sku         text COLLATE "C" NOT NULL,
    variant_id  text NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT shopee_sku_mapping_shopee_sku_key UNIQUE (shopee_sku)
);
-- The catalog asks before a variant's SKU may change or its product vanish.
CREATE INDEX shopee_sku_mapping_variant_idx ON shopee_sku_mapping (variant_id);
