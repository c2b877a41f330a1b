package com.exzentcg.platform.staff.rest;

import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryFlags;
import com.exzentcg.platform.staff.NewStaffUser;
import com.exzentcg.platform.staff.Roles;
import com.exzentcg.platform.staff.Staff;
import com.exzentcg.platform.staff.StaffChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** {@code /admin/staff}: owners and admins manage the team; only owners touch owners. */
@Path("/admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @EJB
    Staff staff;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("role") String role,
            @QueryParam("active") String active, @QueryParam("q") String q) {
        return Listing.of("staff", staff.list(paging.toRequest(), role, QueryFlags.optionalBoolean("active", active), q),
                StaffView::from);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response create(@NotNull(message = "is required") @Valid NewStaffUser request,
            @Context SecurityContext security, @Context UriInfo uri) {
        var created = StaffView.from(staff.create(StaffPrincipal.of(security), request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public StaffView get(@PathParam("id") String id) {
        return StaffView.from(staff.get(id));
    }

    /** Role change, rename, deactivate ({@code "active": false}, ends their sessions) or reactivate. */
    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public StaffView update(@PathParam("id") String id, @NotNull(message = "is required") @Valid StaffChanges changes,
            @Context SecurityContext security) {
        return StaffView.from(staff.update(StaffPrincipal.of(security), id, changes));
    }

    /** Deactivates rather than deletes: the audit log keeps naming the person. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public StaffView deactivate(@PathParam("id") String id, @Context SecurityContext security) {
        return StaffView.from(staff.deactivate(StaffPrincipal.of(security), id));
    }
}
