package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.staff.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated caller as JAX-RS sees it; role checks follow the staff role hierarchy. */
public record StaffPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.userId();
    }

    static SecurityContext securityContext(Caller caller, boolean secure) {
        StaffPrincipal principal = new StaffPrincipal(caller);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.role().includes(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    /** The caller behind a request the authentication filter let through. */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof StaffPrincipal p) {
            return p.caller();
        }
        throw new IllegalStateException("No authenticated staff caller on this request");
    }
}
