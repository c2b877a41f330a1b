package com.exzentcg.platform.catalog;

import java.util.Locale;

/** Draft products are being prepared, active ones are sold, archived ones are kept for history. */
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED;

    public static final String PATTERN = "(?i)draft|active|archived";
    public static final String CHOICES = "draft, active, archived";

    public static ProductStatus fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
