package com.exzentcg.platform.connector.shopee;

/**
 * Absolute seller stock to set for one model at one location.
 *
 * @param modelId    0 for an item without variants
 * @param locationId required for multi-warehouse shops, null otherwise
 */
public record StockEntry(long modelId, String locationId, int stock) {

    public StockEntry {
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative: " + stock);
        }
    }
}
