package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.PlatformException;

/** Optional boolean query parameters, strictly {@code true}/{@code false}, else a 400 naming them. */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw PlatformException.invalid(name, "must be true or false");
        };
    }
}
