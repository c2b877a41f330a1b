/** Shopee SKU mappings over HTTP: {@code /admin/connectors/shopee/sku-mappings}. */
package com.exzentcg.platform.connector.shopee.skumap.rest;
