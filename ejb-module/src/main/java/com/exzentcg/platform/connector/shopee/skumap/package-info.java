/**
 * Shopee SKU mappings: which platform variant a Shopee SKU means when the shop lists a card under
 * another SKU than the catalog's. Order sync translates each Shopee item's SKU through them before
 * it looks the variant up, and the stock push's listings carry the translated SKU, so the commerce
 * features only ever see platform SKUs. Owns {@code shopee_sku_mapping}.
 */
package com.exzentcg.platform.connector.shopee.skumap;
