package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.staff.StaffUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A staff user as clients see it: never the password hash. */
public record StaffView(String id, String email, String name, String role, boolean active,
        boolean mustChangePassword, boolean locked, Instant lastLoginAt, Instant createdAt, Instant updatedAt) {

    public static StaffView from(StaffUser u) {
        return new StaffView(u.id(), u.email(), u.name(), u.role().wireName(), u.active(), u.mustChangePassword(),
                u.isLockedAt(OffsetDateTime.now(ZoneOffset.UTC)), Timestamps.instant(u.lastLoginAt()),
                u.createdAt().toInstant(), u.updatedAt().toInstant());
    }
}
