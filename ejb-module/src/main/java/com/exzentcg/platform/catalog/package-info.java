/**
 * The master catalog: products and their sellable variants (SKU, price, TCG attributes).
 * Owns the {@code product} and {@code product_variant} tables; other features hold variant ids.
 */
package com.exzentcg.platform.catalog;
