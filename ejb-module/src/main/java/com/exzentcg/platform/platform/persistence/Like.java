package com.exzentcg.platform.platform.persistence;

import java.util.Locale;

/** LIKE patterns built from user text, with its own % and _ taken literally (escape character {@code \}). */
public final class Like {

    private Like() {
    }

    /** Case-folded substring pattern, for columns stored lower-case behind a trigram index. */
    public static String contains(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
