package com.exzentcg.platform.importing.rest;

import com.exzentcg.platform.importing.ImportJob;
import com.exzentcg.platform.importing.ImportKind;
import com.exzentcg.platform.importing.Imports;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryFlags;
import com.exzentcg.platform.platform.rest.QueryValues;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/**
 * {@code ?dry_run=true} answers 200 with the per-row report and writes nothing; otherwise a valid
 * file answers 202 with the import record to poll, and a file with any bad row 400 naming each.
 */
@Path("/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @EJB
    Imports imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public Response start(@QueryParam("kind") String kind, @QueryParam("dry_run") String dryRun, String csv,
            @Context UriInfo uri, @Context SecurityContext security) {
        String wanted = QueryValues.optionalChoice("kind", kind, ImportKind.PATTERN, ImportKind.CHOICES);
        if (wanted == null) {
            throw PlatformException.invalid("kind", "is required: one of " + ImportKind.CHOICES);
        }
        ImportKind importKind = ImportKind.fromWire(wanted);
        if (Boolean.TRUE.equals(QueryFlags.optionalBoolean("dry_run", dryRun))) {
            return Response.ok(ImportReportView.from(imports.check(importKind, csv))).build();
        }
        // Operators receive stock; changing the catalog itself is an admin's job (a dry run writes nothing).
        if (importKind == ImportKind.CATALOG && !security.isUserInRole(Roles.ADMIN)) {
            throw PlatformException.forbidden("Catalog imports change the catalog: admin or owner only");
        }
        ImportJob job = imports.start(importKind, csv);
        return Response.accepted(ImportView.from(job))
                .location(uri.getBaseUriBuilder().path("admin/imports").path(job.id()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging) {
        return Listing.of("imports", imports.list(paging.toRequest()), ImportView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ImportView get(@PathParam("id") String id) {
        return ImportView.from(imports.get(id));
    }
}
