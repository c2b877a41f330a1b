package com.exzentcg.platform.staff.rest;

import jakarta.ws.rs.core.UriInfo;

/** Which requests are admin API calls; decided on path segments so matrix parameters cannot dodge it. */
public final class AdminPaths {

    /** Request property holding the authenticated {@link com.exzentcg.platform.staff.Caller}. */
    public static final String CALLER = "tcg.staff.caller";
    /** Servlet request attributes a resource sets when it establishes the caller itself (login). */
    public static final String ACTOR_ID = "tcg.staff.actor_id";
    public static final String ACTOR_EMAIL = "tcg.staff.actor_email";

    private AdminPaths() {
    }

    public static boolean isAdmin(UriInfo uri) {
        var segments = uri.getPathSegments();
        for (var segment : segments) {
            if (!segment.getPath().isEmpty()) {
                return segment.getPath().equals("admin");
            }
        }
        return false;
    }

    /** The routes that hand out tokens cannot demand one. */
    static boolean isPublic(String method, UriInfo uri) {
        String path = uri.getPath().replaceAll("/+", "/").replaceAll("^/|/$", "");
        return "POST".equals(method) && path.equals("admin/auth/login");
    }
}
