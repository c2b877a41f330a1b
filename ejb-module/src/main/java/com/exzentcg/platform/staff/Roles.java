package com.exzentcg.platform.staff;

/**
 * Staff role names as used in {@code @RolesAllowed} on admin resources. Each role includes the
 * powers of the ones below it: viewer reads; operator also works orders, exceptions, inventory
 * and imports; admin also edits catalog, locations and connector profiles; owner also manages
 * staff and key rotation.
 */
public final class Roles {

    public static final String OWNER = "owner";
    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
