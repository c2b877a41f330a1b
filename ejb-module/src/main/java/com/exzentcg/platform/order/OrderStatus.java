package com.exzentcg.platform.order;

import java.util.Locale;

/** Where an order is in its life: placed (stock reserved) → shipped → completed; or cancelled; or returned. */
public enum OrderStatus {
    PLACED, SHIPPED, COMPLETED, CANCELLED, RETURNED;

    public static final String PATTERN = "(?i)placed|shipped|completed|cancelled|returned";
    public static final String CHOICES = "placed, shipped, completed, cancelled, returned";

    public static OrderStatus fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
