package com.exzentcg.platform.inventory;

/**
 * Fired when the available quantity of a variant at a location changed. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only on committed stock
 * (e.g. push the new quantity to a marketplace); it carries ids, read the level fresh.
 */
public record AvailableStockChanged(String variantId, String sku, String locationId) {
}
