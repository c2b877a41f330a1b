-- Feature: location. Places stock is held.
CREATE TABLE stock_location (
    id            text PRIMARY KEY,
    code          text NOT NULL,
    name          text NOT NULL,
    location_type text NOT NULL CHECK (location_type IN ('WAREHOUSE', 'STORE', 'CONSIGNMENT', 'OTHER')),
    address_line1 text,
    address_line2 text,
    city          text,
    postal_code   text,
    country_code  char(2),
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT stock_location_code_key UNIQUE (code)
);
