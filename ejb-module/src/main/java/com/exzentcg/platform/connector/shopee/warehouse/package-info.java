/** Each profile's Shopee warehouses, refreshed on demand. Owns {@code shopee_warehouse}. */
package com.exzentcg.platform.connector.shopee.warehouse;
