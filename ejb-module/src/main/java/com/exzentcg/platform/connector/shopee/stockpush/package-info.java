/**
 * Platform stock out to Shopee: which item/model sells which SKU (listings, with Shopee's reserved
 * promotion stock), and debounced, retried stock pushes. Owns {@code shopee_listing} and {@code shopee_stock_push}.
 * A listed model's platform SKU honours Shopee SKU mappings ({@code connector.shopee.skumap}), also for
 * listings refreshed before the mapping was made.
 */
package com.exzentcg.platform.connector.shopee.stockpush;
