package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.staff.StaffUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A staff user as clients see it: never the password hash. */
public record StaffView(String id, String email, String name, String role, boolean active,
        boolean mustChangePassword, boolean locked, Instant lastLoginAt, Instant createdAt, Instant updatedAt) {

    public static StaffView from(StaffUser u) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new StaffView(u.id(), u.email(), u.name(), u.role().wireName(), u.active(), u.mustChangePassword(),
                u.lockedUntil() != null && u.lockedUntil().isAfter(now),
                u.lastLoginAt() == null ? null : u.lastLoginAt().toInstant(),
                u.createdAt().toInstant(), u.updatedAt().toInstant());
    }
}
