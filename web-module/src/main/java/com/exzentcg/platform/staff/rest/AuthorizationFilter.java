package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.rest.ErrorBody;
import com.exzentcg.platform.staff.Caller;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed} on admin resources with the role hierarchy (owner ⊇ admin ⊇
 * operator ⊇ viewer). Deny by default: an admin method without {@code @RolesAllowed} or
 * {@code @PermitAll} answers 403, so a forgotten annotation fails closed. A user who must change
 * their password gets 403 everywhere but the {@link PasswordChangeExempt} endpoints.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    static final String MUST_CHANGE_PASSWORD =
            "Password change required: set a new password with POST /admin/auth/password before using the admin API";

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || !AdminPaths.isAdmin(request.getUriInfo())) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (!(request.getProperty(AdminPaths.CALLER) instanceof Caller caller)) {
            // The pre-matching filter already answered 401; this only guards a path it missed.
            request.abortWith(AuthenticationFilter.unauthorized("Authentication required: send Authorization: Bearer <token>", null));
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(DenyAll.class)) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            request.abortWith(forbidden("This endpoint declares no roles, so nobody may call it"));
            return;
        }
        if (caller.mustChangePassword() && !method.isAnnotationPresent(PasswordChangeExempt.class)) {
            request.abortWith(forbidden(MUST_CHANGE_PASSWORD));
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(role -> caller.role().includes(role))) {
            request.abortWith(forbidden("Your role (" + caller.role().wireName() + ") may not do this; it needs one of "
                    + String.join(", ", allowed.value())));
        }
    }

    private static jakarta.ws.rs.core.Response forbidden(String message) {
        return ErrorBody.response(ErrorType.FORBIDDEN, message, List.of());
    }
}
