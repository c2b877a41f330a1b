package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.staff.Caller;
import com.exzentcg.platform.staff.Credentials;
import com.exzentcg.platform.staff.PasswordChange;
import com.exzentcg.platform.staff.Roles;
import com.exzentcg.platform.staff.Sessions;
import com.exzentcg.platform.staff.SignedIn;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /admin/auth}: the one unauthenticated admin route (login) and the caller's own session. */
@Path("/admin/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    Sessions sessions;

    @Inject
    SessionCookie cookie;

    @POST
    @Path("login")
    @PermitAll
    public Response login(@NotNull(message = "is required") @Valid Credentials credentials,
            @Context HttpServletRequest request) {
        SignedIn signedIn = sessions.login(credentials);
        request.setAttribute(AdminPaths.ACTOR_ID, signedIn.user().id());
        request.setAttribute(AdminPaths.ACTOR_EMAIL, signedIn.user().email());
        return withSession(signedIn);
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @PasswordChangeExempt
    public StaffView me(@Context SecurityContext security) {
        return StaffView.from(sessions.user(StaffPrincipal.of(security).userId()));
    }

    @POST
    @Path("logout")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @PasswordChangeExempt
    public Response logout(@Context SecurityContext security) {
        sessions.logout(StaffPrincipal.of(security).sessionId());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }

    /** Ends every session of the caller and answers with a fresh one, as a login would. */
    @POST
    @Path("password")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @PasswordChangeExempt
    public Response changePassword(@NotNull(message = "is required") @Valid PasswordChange change,
            @Context SecurityContext security) {
        Caller caller = StaffPrincipal.of(security);
        return withSession(sessions.changePassword(caller, change));
    }

    private Response withSession(SignedIn signedIn) {
        return Response.ok(SessionView.from(signedIn))
                .header(HttpHeaders.SET_COOKIE, cookie.issue(signedIn.token()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
