package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.platform.caller.RequestCaller;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.rest.ErrorBody;
import com.exzentcg.platform.staff.Caller;
import com.exzentcg.platform.staff.Sessions;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the bearer token (or, failing a header, the session cookie) of every {@code /admin}
 * call before routing, so an anonymous client learns nothing, not even which routes exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @EJB
    Sessions sessions;

    /** Request-scoped: the proxy reaches the instance of whichever request is running. */
    @Inject
    RequestCaller requestCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!AdminPaths.isAdmin(request.getUriInfo()) || AdminPaths.isPublic(request.getMethod(), request.getUriInfo())) {
            return;
        }
        Optional<String> token = token(request);
        if (token.isEmpty()) {
            request.abortWith(unauthorized("Authentication required: send Authorization: Bearer <token>", null));
            return;
        }
        Optional<Caller> caller = sessions.authenticate(token.get());
        if (caller.isEmpty()) {
            request.abortWith(unauthorized("The session is invalid or has expired; log in again", "invalid_token"));
            return;
        }
        request.setProperty(AdminPaths.CALLER, caller.get());
        // The EJB container never sees this JAX-RS security context; ledgers read the caller here.
        requestCaller.set(caller.get().email());
        request.setSecurityContext(StaffPrincipal.securityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    /** The header is the primary mechanism: when present it is the only one considered. */
    private static Optional<String> token(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? Optional.of(header.substring(7).trim()).filter(t -> !t.isEmpty())
                    : Optional.empty();
        }
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        return Optional.ofNullable(cookie).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    static Response unauthorized(String message, String error) {
        Response body = ErrorBody.response(ErrorType.UNAUTHORIZED, message, List.of());
        String challenge = error == null ? "Bearer realm=\"tcg-admin\"" : "Bearer realm=\"tcg-admin\", error=\"" + error + "\"";
        return Response.fromResponse(body).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
