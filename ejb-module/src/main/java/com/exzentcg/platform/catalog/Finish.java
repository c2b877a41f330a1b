package com.exzentcg.platform.catalog;

import java.util.Locale;

/** The print finish of a card, or {@code sealed} for boxes and packs. */
public enum Finish {
    NORMAL, FOIL, REVERSE_HOLO, ETCHED, SEALED;

    public static final String PATTERN = "(?i)normal|foil|reverse_holo|etched|sealed";
    public static final String CHOICES = "normal, foil, reverse_holo, etched, sealed";

    public static Finish fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
