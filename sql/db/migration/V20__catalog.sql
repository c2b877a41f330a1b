-- Feature: catalog. Products and their sellable variants with TCG attributes.
-- Trigram indexes make substring search (name, set, collector number) fast at 100k variants.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE product (
    id          text PRIMARY KEY,
    handle      text NOT NULL,
    title       text NOT NULL,
    description text,
    status      text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint NOT NULL DEFAULT 0,
    CONSTRAINT product_handle_key UNIQUE (handle)
);
CREATE INDEX product_status_idx ON product (status, id);
CREATE INDEX product_title_trgm_idx ON product USING gin (lower(title) gin_trgm_ops);

CREATE TABLE product_variant (
    id                  text PRIMARY KEY,
    product_id          text NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    -- SKUs are stored upper-case; the C collation lets the unique index also serve prefix LIKE.
    sku                 text COLLATE "C" NOT NULL,
    barcode             text,
    title               text NOT NULL,
    price_amount        bigint NOT NULL CHECK (price_amount >= 0),
    price_currency_code char(3) NOT NULL,
    game                text NOT NULL,
    set_code            text,
    set_name            text,
    collector_number    text,
    rarity              text,
    card_condition      text NOT NULL CHECK (card_condition IN ('NM', 'LP', 'MP', 'HP', 'DMG')),
    language            text NOT NULL,
    finish              text NOT NULL CHECK (finish IN ('NORMAL', 'FOIL', 'REVERSE_HOLO', 'ETCHED', 'SEALED')),
    grade_company       text,
    grade_score         numeric(3, 1) CHECK (grade_score BETWEEN 1 AND 10),
    search_text         text GENERATED ALWAYS AS (lower(
                            sku || ' ' || coalesce(barcode, '') || ' ' || title || ' '
                            || coalesce(set_code, '') || ' ' || coalesce(set_name, '') || ' '
                            || coalesce(collector_number, ''))) STORED,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint NOT NULL DEFAULT 0,
    CONSTRAINT product_variant_sku_key UNIQUE (sku),
    CONSTRAINT product_variant_grade_whole CHECK ((grade_company IS NULL) = (grade_score IS NULL))
);
CREATE INDEX product_variant_product_idx ON product_variant (product_id);
CREATE INDEX product_variant_barcode_idx ON product_variant (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX product_variant_set_idx ON product_variant (lower(set_code), collector_number);
CREATE INDEX product_variant_search_trgm_idx ON product_variant USING gin (search_text gin_trgm_ops);
