package com.exzentcg.platform.connector.shopee;

/**
 * A Shopee warehouse of a multi-warehouse shop. {@code locationId} (e.g. "IDZ") is the key stock is
 * pushed under.
 *
 * @param warehouseType 1 pickup, 2 return
 */
public record Warehouse(long warehouseId, String warehouseName, int warehouseType, String locationId,
                        String region, String state, String city, String address, String zipcode) {
}
