package com.exzentcg.platform.catalog;

import java.util.Locale;

/** The condition grades TCG retailers use for raw singles, best first. */
public enum CardCondition {
    NM, LP, MP, HP, DMG;

    public static final String PATTERN = "(?i)NM|LP|MP|HP|DMG";
    public static final String CHOICES = "NM, LP, MP, HP, DMG";

    public static CardCondition fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name();
    }
}
