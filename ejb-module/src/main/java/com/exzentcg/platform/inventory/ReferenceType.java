package com.exzentcg.platform.inventory;

import java.util.Locale;

/** What a movement answers to: an order, an import, a manual adjustment or a transfer. */
public enum ReferenceType {
    ORDER, IMPORT, ADJUSTMENT, TRANSFER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
