-- Bulk-loads the commerce benchmark data set through the real schema (migrations already applied):
-- 3 locations, ~33k products with 100k variants, a level and a receipt per variant, and 100k
-- orders with a line and a history row each. Set-based (generate_series) so it takes a minute,
-- not an hour; re-running on a loaded database is refused by the primary keys.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO stock_location (id, code, name, location_type, active, created_at, updated_at) VALUES
    ('sloc_BENCHWAREHOUSE00000000', 'BENCH-WH', 'Bench warehouse', 'WAREHOUSE', true, now(), now()),
    ('sloc_BENCHSTORE000000000000', 'BENCH-STORE', 'Bench store', 'STORE', true, now(), now()),
    ('sloc_BENCHCONSIGNMENT000000', 'BENCH-CONSIGN', 'Bench consignment', 'CONSIGNMENT', true, now(), now());

CREATE TEMP TABLE names AS SELECT ARRAY['Charizard ex', 'Pikachu', 'Mew ex', 'Umbreon VMAX', 'Rayquaza',
    'Gengar', 'Lugia V', 'Eevee', 'Snorlax', 'Mewtwo', 'Ocelot Pride', 'The One Ring', 'Sheoldred',
    'Ragavan', 'Psychic Frog', 'Monkey.D.Luffy', 'Roronoa Zoro', 'Nami', 'Shanks', 'Yamato',
    'Dark Magician', 'Blue-Eyes White Dragon', 'Ash Blossom', 'Elsa', 'Mickey Mouse', 'Stitch'] AS title,
    ARRAY['sv3pt5', 'sv4pt5', 'swsh7', 'MH3', 'LTR', 'OP01', 'OP05', 'LOB', 'MACR', 'TFC'] AS set_code,
    ARRAY['pokemon', 'pokemon', 'pokemon', 'magic', 'magic', 'one_piece', 'one_piece', 'yugioh', 'yugioh',
          'lorcana'] AS game,
    ARRAY['NM', 'LP', 'MP'] AS cond;

INSERT INTO product (id, handle, title, description, status, created_at, updated_at)
SELECT 'prod_BENCH' || lpad(p::text, 16, '0'), 'bench-' || p,
       n.title[1 + p % 26] || ' ' || n.set_code[1 + p % 10] || ' ' || lpad((p % 400)::text, 3, '0'),
       NULL, 'ACTIVE', now() - make_interval(secs => p), now() - make_interval(secs => p)
FROM generate_series(0, 33333) p, names n;

INSERT INTO product_variant (id, product_id, sku, barcode, title, price_amount, price_currency_code, game,
        set_code, set_name, collector_number, rarity, card_condition, language, finish, created_at, updated_at)
SELECT 'var_BENCH' || lpad(i::text, 17, '0'), 'prod_BENCH' || lpad((i / 3)::text, 16, '0'),
       'BENCH-' || lpad((i / 3)::text, 6, '0') || '-' || n.cond[1 + i % 3], NULL,
       n.title[1 + (i / 3) % 26] || ' · ' || n.cond[1 + i % 3] || ' · EN', 100 + (i * 37) % 50000, 'SGD',
       n.game[1 + (i / 3) % 10], n.set_code[1 + (i / 3) % 10], 'Set ' || n.set_code[1 + (i / 3) % 10],
       lpad(((i / 3) % 400)::text, 3, '0') || '/400', 'Rare', n.cond[1 + i % 3], 'EN', 'NORMAL', now(), now()
FROM generate_series(0, 99999) i, names n;

INSERT INTO inventory_level (id, variant_id, sku, location_id, stocked, reserved, low_stock_threshold, updated_at)
SELECT 'ilev_BENCH' || lpad(i::text, 16, '0'), 'var_BENCH' || lpad(i::text, 17, '0'),
       'BENCH-' || lpad((i / 3)::text, 6, '0') || '-' || n.cond[1 + i % 3], 'sloc_BENCHWAREHOUSE00000000',
       1000, 0, 2, now()
FROM generate_series(0, 99999) i, names n;

-- The ledger stays the truth: every loaded level has the receipt that explains it.
INSERT INTO stock_movement (id, variant_id, sku, location_id, kind, stocked_delta, reserved_delta, reason,
        reference_type, reference_id, actor, created_at)
SELECT 'mov_' || substr(l.id, 6), l.variant_id, l.sku, l.location_id, 'RECEIPT', l.stocked, 0,
       'benchmark load', 'IMPORT', 'imp_BENCH', 'bench', now()
FROM inventory_level l WHERE l.location_id = 'sloc_BENCHWAREHOUSE00000000';

INSERT INTO sales_order (id, channel, environment, external_ref, status, payment_status, fulfilment_status,
        currency_code, subtotal_amount, shipping_amount, total_amount, captured_amount, location_id,
        customer_name, customer_email, created_at, updated_at)
SELECT 'ord_BENCH' || lpad(i::text, 17, '0'),
       CASE WHEN i % 4 = 0 THEN 'manual' ELSE 'shopee' END,
       CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN 'sandbox' ELSE 'live' END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 'SN' || lpad(i::text, 12, '0') END,
       s.status, CASE WHEN s.status IN ('COMPLETED', 'SHIPPED', 'RETURNED') THEN 'CAPTURED' ELSE 'AWAITING' END,
       CASE s.status WHEN 'SHIPPED' THEN 'SHIPPED' WHEN 'COMPLETED' THEN 'SHIPPED' WHEN 'RETURNED' THEN 'RETURNED'
                     ELSE 'UNFULFILLED' END,
       'SGD', 1250, 350, 1600, CASE WHEN s.status IN ('COMPLETED', 'SHIPPED', 'RETURNED') THEN 1600 END,
       'sloc_BENCHWAREHOUSE00000000', 'Buyer ' || (i % 5000), 'buyer' || (i % 5000) || '@example.com',
       now() - make_interval(mins => i % 129600), now()
FROM generate_series(1, 100000) i,
     LATERAL (SELECT (ARRAY['PLACED', 'SHIPPED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED',
                            'RETURNED'])[1 + i % 7] AS status) s;

INSERT INTO sales_order_line (id, order_id, line_no, variant_id, sku, title, quantity, returned_quantity,
        unit_price_amount, total_amount)
SELECT 'oli_BENCH' || lpad(i::text, 17, '0'), 'ord_BENCH' || lpad(i::text, 17, '0'), 1,
       'var_BENCH' || lpad((i % 100000)::text, 17, '0'),
       'BENCH-' || lpad(((i % 100000) / 3)::text, 6, '0') || '-NM', 'Bench card', 1, 0, 1250, 1250
FROM generate_series(1, 100000) i;

INSERT INTO sales_order_status_change (id, order_id, event, from_status, to_status, actor, created_at)
SELECT 'osc_BENCH' || lpad(i::text, 17, '0'), 'ord_BENCH' || lpad(i::text, 17, '0'), 'placed', NULL, 'PLACED',
       'bench', now() - make_interval(mins => i % 129600)
FROM generate_series(1, 100000) i;

COMMIT;
-- VACUUM sets the visibility map, so counts become index-only scans as under autovacuum in production.
VACUUM ANALYZE;
