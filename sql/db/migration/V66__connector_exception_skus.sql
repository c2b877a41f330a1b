-- Feature: connector.shopee.exception. The SKUs a problem is about (SKU_NOT_FOUND: the Shopee SKUs
-- that match no variant), one per line, so the console can offer to map each one without parsing
-- the operator message. NULL for problems that name no SKU.
ALTER TABLE connector_exception ADD COLUMN skus text;
