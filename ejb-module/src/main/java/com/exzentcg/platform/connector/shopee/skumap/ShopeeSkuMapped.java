package com.exzentcg.platform.connector.shopee.skumap;

/**
 * A mapping was created ({@code removed == false}) or deleted, fired synchronously inside the
 * transaction that changed it, so whatever derives SKUs from Shopee's (the stock push's listings)
 * changes with it or not at all. Both SKUs are normalised.
 */
public record ShopeeSkuMapped(String shopeeSku, String sku, boolean removed) {
}
