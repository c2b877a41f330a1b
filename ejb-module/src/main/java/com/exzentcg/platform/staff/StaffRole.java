package com.exzentcg.platform.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The four staff roles, strongest first. Each includes the powers of the ones after it, so a
 * route open to viewers is open to everyone and a route for owners only to owners.
 */
public enum StaffRole {
    OWNER, ADMIN, OPERATOR, VIEWER;

    /** Regex for request validation, kept next to the values it must match. */
    public static final String PATTERN = Roles.OWNER + "|" + Roles.ADMIN + "|" + Roles.OPERATOR + "|" + Roles.VIEWER;

    public static StaffRole fromWire(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether someone holding this role may do what {@code required} may do. */
    public boolean includes(StaffRole required) {
        return ordinal() <= required.ordinal();
    }

    /** Hierarchy-aware check against a role name as written in {@code @RolesAllowed}. */
    public boolean includes(String requiredRoleName) {
        for (StaffRole r : values()) {
            if (r.wireName().equals(requiredRoleName)) {
                return includes(r);
            }
        }
        return false;
    }

    public static String choices() {
        return Arrays.stream(values()).map(StaffRole::wireName).collect(Collectors.joining(", "));
    }
}
