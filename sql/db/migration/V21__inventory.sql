-- Feature: inventory. Stock per variant per location, changed only through guarded UPDATEs
-- that write a ledger row in the same transaction. Plain ids across features, no foreign keys.
CREATE TABLE inventory_level (
    id                  text PRIMARY KEY,
    variant_id          text NOT NULL,
    sku                 text COLLATE "C" NOT NULL,
    location_id         text NOT NULL,
    stocked             integer NOT NULL DEFAULT 0,
    reserved            integer NOT NULL DEFAULT 0,
    low_stock_threshold integer NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    updated_at          timestamptz NOT NULL,
    -- The backstop behind every guarded UPDATE: available = stocked - reserved never goes negative.
    CONSTRAINT inventory_level_stocked_check CHECK (stocked >= 0),
    CONSTRAINT inventory_level_reserved_check CHECK (reserved >= 0 AND reserved <= stocked),
    CONSTRAINT inventory_level_variant_location_key UNIQUE (variant_id, location_id)
);
CREATE INDEX inventory_level_sku_idx ON inventory_level (sku, location_id);
CREATE INDEX inventory_level_location_idx ON inventory_level (location_id, sku);
CREATE INDEX inventory_level_low_stock_idx ON inventory_level (location_id, sku)
    WHERE stocked - reserved <= low_stock_threshold;

CREATE TABLE stock_movement (
    id                       text PRIMARY KEY,
    variant_id               text NOT NULL,
    sku                      text COLLATE "C" NOT NULL,
    location_id              text NOT NULL,
    kind                     text NOT NULL CHECK (kind IN ('ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'RECEIPT',
                                                   'RESERVATION', 'RELEASE', 'SHIPMENT', 'RETURN')),
    stocked_delta            integer NOT NULL,
    reserved_delta           integer NOT NULL,
    reason                   text,
    reference_type           text NOT NULL CHECK (reference_type IN ('ORDER', 'IMPORT', 'ADJUSTMENT', 'TRANSFER')),
    reference_id             text NOT NULL,
    unit_cost_amount         bigint,
    unit_cost_currency_code  char(3),
    actor                    text NOT NULL,
    created_at               timestamptz NOT NULL
);
CREATE INDEX stock_movement_variant_idx ON stock_movement (variant_id, location_id, created_at);
CREATE INDEX stock_movement_sku_idx ON stock_movement (sku, created_at);
CREATE INDEX stock_movement_location_idx ON stock_movement (location_id, created_at);
CREATE INDEX stock_movement_reference_idx ON stock_movement (reference_type, reference_id);
CREATE INDEX stock_movement_created_idx ON stock_movement (created_at);

-- The ledger is append-only: history is corrected by a new movement, never by editing one.
CREATE FUNCTION stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_movement is append-only';
END $$;
CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only();
