package com.exzentcg.platform.location;

import java.util.Locale;

/** What kind of place a stock location is; clients send and receive the lowercase name. */
public enum LocationType {
    WAREHOUSE, STORE, CONSIGNMENT, OTHER;

    /** Regex for request validation, kept next to the values it must match. */
    public static final String PATTERN = "warehouse|store|consignment|other";

    public static LocationType fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
