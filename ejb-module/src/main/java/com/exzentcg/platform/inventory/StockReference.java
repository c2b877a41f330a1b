package com.exzentcg.platform.inventory;

import java.util.Objects;

/** The business record behind a movement, e.g. {@code ORDER ord_01J…}; ledger rows can be traced back to it. */
public record StockReference(ReferenceType type, String id) {

    public StockReference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static StockReference order(String orderId) {
        return new StockReference(ReferenceType.ORDER, orderId);
    }

    public static StockReference importJob(String importId) {
        return new StockReference(ReferenceType.IMPORT, importId);
    }
}
