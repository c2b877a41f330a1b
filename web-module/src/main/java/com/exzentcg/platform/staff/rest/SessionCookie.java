package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.staff.AuthSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The optional browser carrier of the token: HttpOnly (no script reads it), Secure, SameSite=Strict
 * (no cross-site request sends it), limited to {@code /admin} and to COOKIE_DOMAIN when set. A
 * session cookie without Max-Age: the server-side session decides expiry.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "tcg_session";

    @Inject
    AuthSettings settings;

    public String issue(String token) {
        return NAME + "=" + token + attributes();
    }

    public String clear() {
        return NAME + "=" + attributes() + "; Max-Age=0";
    }

    private String attributes() {
        return "; Path=/admin" + settings.cookieDomain().map(d -> "; Domain=" + d).orElse("")
                + "; HttpOnly; Secure; SameSite=Strict";
    }
}
