package com.exzentcg.platform.inventory;

import java.util.Locale;

/** Why a ledger row exists. Each kind has a fixed shape of stocked/reserved deltas (see {@link StockChange}). */
public enum MovementKind {
    ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, RECEIPT, RESERVATION, RELEASE, SHIPMENT, RETURN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
