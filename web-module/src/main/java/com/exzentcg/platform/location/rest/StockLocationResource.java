package com.exzentcg.platform.location.rest;

import com.exzentcg.platform.location.NewStockLocation;
import com.exzentcg.platform.location.StockLocationChanges;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryFlags;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

@Path("/admin/stock-locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockLocationResource {

    @EJB
    StockLocations locations;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("active") String active) {
        return Listing.of("stock_locations",
                locations.list(paging.toRequest(), QueryFlags.optionalBoolean("active", active)),
                StockLocationView::from);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response create(@NotNull(message = "is required") @Valid NewStockLocation request, @Context UriInfo uri) {
        var created = StockLocationView.from(locations.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public StockLocationView get(@PathParam("id") String id) {
        return StockLocationView.from(locations.get(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public StockLocationView update(@PathParam("id") String id,
            @NotNull(message = "is required") @Valid StockLocationChanges changes) {
        return StockLocationView.from(locations.update(id, changes));
    }
}
