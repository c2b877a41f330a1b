package com.exzentcg.platform.order;

import java.util.Locale;

/** Money side of an order: awaiting payment, captured (with the amount), or refunded. */
public enum PaymentStatus {
    AWAITING, CAPTURED, REFUNDED;

    public static final String PATTERN = "(?i)awaiting|captured";

    public static PaymentStatus fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
