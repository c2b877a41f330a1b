package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.error.PlatformException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Optional query parameters beyond booleans, parsed strictly so a typo is a 400 naming the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    /** One of a fixed set of words, case-insensitive, returned lower-case; {@code null} when absent. */
    public static String optionalChoice(String name, String value, String regex, String choices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches(regex)) {
            throw PlatformException.invalid(name, "must be one of " + choices);
        }
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** A whole number; {@code null} when absent. */
    public static Integer optionalInt(String name, String value) {
        return optionalInt(name, value, "a whole number");
    }

    /** Like {@link #optionalInt(String, String)}, refusing with "must be {@code what}" (e.g. "an HTTP status code"). */
    public static Integer optionalInt(String name, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid(name, "must be " + what);
        }
    }

    /**
     * An ISO-8601 instant ({@code 2026-11-01T08:00:00Z}) or date ({@code 2026-11-01}, UTC). As an
     * exclusive upper bound a date means the end of that day, so {@code created_to=2026-11-30}
     * includes the 30th.
     */
    public static OffsetDateTime optionalTime(String name, String value, boolean upperBound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (upperBound ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw PlatformException.invalid(name, "must be an ISO-8601 date or timestamp");
            }
        }
    }
}
