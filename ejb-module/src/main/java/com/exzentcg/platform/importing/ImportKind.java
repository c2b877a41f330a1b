package com.exzentcg.platform.importing;

import java.util.Locale;

/** What a CSV file holds: catalog rows (products and variants) or stock receipts. */
public enum ImportKind {
    CATALOG, STOCK;

    public static final String PATTERN = "(?i)catalog|stock";
    public static final String CHOICES = "catalog, stock";

    public static ImportKind fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
