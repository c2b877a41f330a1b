package com.exzentcg.platform.order;

import java.util.Locale;

/** Goods side of an order; partial returns show here while the order stays shipped. */
public enum FulfilmentStatus {
    UNFULFILLED, SHIPPED, PARTIALLY_RETURNED, RETURNED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
