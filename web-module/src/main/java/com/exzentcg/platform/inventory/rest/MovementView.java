package com.exzentcg.platform.inventory.rest;

import com.exzentcg.platform.catalog.rest.MoneyView;
import com.exzentcg.platform.inventory.StockMovement;
import java.time.Instant;

/** One ledger row. */
public record MovementView(String id, String variantId, String sku, String locationId, String kind,
        int stockedDelta, int reservedDelta, String reason, String referenceType, String referenceId,
        MoneyView unitCost, String actor, Instant createdAt) {

    public static MovementView from(StockMovement m) {
        return new MovementView(m.id(), m.variantId(), m.sku(), m.locationId(), m.kind().wireName(),
                m.stockedDelta(), m.reservedDelta(), m.reason(), m.referenceType().wireName(), m.referenceId(),
                MoneyView.from(m.unitCost()), m.actor(), m.createdAt().toInstant());
    }
}
