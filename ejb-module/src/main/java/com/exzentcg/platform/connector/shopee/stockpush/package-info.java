/**
 * Platform stock out to Shopee: which item/model sells which SKU (listings, with Shopee's reserved
 * promotion stock), and debounced, retried stock pushes. Owns {@code shopee_listing} and {@code shopee_stock_push}.
 */
package com.exzentcg.platform.connector.shopee.stockpush;
