package com.exzentcg.platform.inventory;

import com.exzentcg.platform.catalog.Money;

/** Stock received at a location, e.g. one row of a stock import; {@code unitCost} may be null. */
public record Receipt(String variantId, String sku, String locationId, int quantity, Money unitCost) {
}
