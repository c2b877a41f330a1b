package com.exzentcg.platform.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** "Now" as PostgreSQL stores it (UTC, microseconds), so a new entity equals itself read back. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** For views: the instant of a stored timestamp, or null. */
    public static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
