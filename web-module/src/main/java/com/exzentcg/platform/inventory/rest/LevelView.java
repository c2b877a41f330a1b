package com.exzentcg.platform.inventory.rest;

import com.exzentcg.platform.inventory.InventoryLevel;
import java.time.Instant;

/** A stock level with its derived {@code available} and {@code low_stock}. */
public record LevelView(String id, String variantId, String sku, String locationId, int stocked, int reserved,
        int available, int lowStockThreshold, boolean lowStock, Instant updatedAt) {

    public static LevelView from(InventoryLevel l) {
        return new LevelView(l.id(), l.variantId(), l.sku(), l.locationId(), l.stocked(), l.reserved(),
                l.available(), l.lowStockThreshold(), l.lowStock(), l.updatedAt().toInstant());
    }
}
