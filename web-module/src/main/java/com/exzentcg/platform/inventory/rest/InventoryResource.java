package com.exzentcg.platform.inventory.rest;

import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.LevelChanges;
import com.exzentcg.platform.inventory.NewAdjustment;
import com.exzentcg.platform.inventory.NewTransfer;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

@Path("/admin/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @EJB
    Inventory inventory;

    @GET
    @Path("levels")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> levels(@BeanParam Paging paging, @QueryParam("location_id") String locationId,
            @QueryParam("sku") String sku, @QueryParam("low_stock") String lowStock) {
        return Listing.of("levels", inventory.levels(paging.toRequest(), locationId, sku,
                QueryFlags.optionalBoolean("low_stock", lowStock)), LevelView::from);
    }

    @GET
    @Path("levels/{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public LevelView level(@PathParam("id") String id) {
        return LevelView.from(inventory.level(id));
    }

    @PATCH
    @Path("levels/{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public LevelView changeLevel(@PathParam("id") String id,
            @NotNull(message = "is required") @Valid LevelChanges changes) {
        return LevelView.from(inventory.change(id, changes));
    }

    /** 201 with the level after the adjustment; its ledger row is under {@code movements?sku=}. */
    @POST
    @Path("adjustments")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public Response adjust(@NotNull(message = "is required") @Valid NewAdjustment request, @Context UriInfo uri) {
        var level = LevelView.from(inventory.adjust(request));
        return Response.created(uri.getBaseUriBuilder().path("admin/inventory/levels").path(level.id()).build())
                .entity(level).build();
    }

    public record TransferView(String transferId, LevelView from, LevelView to) {
    }

    @POST
    @Path("transfers")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public Response transfer(@NotNull(message = "is required") @Valid NewTransfer request, @Context UriInfo uri) {
        var result = inventory.transfer(request);
        return Response.created(uri.getBaseUriBuilder().path("admin/inventory/movements")
                        .queryParam("reference_id", result.transferId()).build())
                .entity(new TransferView(result.transferId(), LevelView.from(result.from()), LevelView.from(result.to())))
                .build();
    }

    @GET
    @Path("movements")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> movements(@BeanParam Paging paging, @QueryParam("sku") String sku,
            @QueryParam("location_id") String locationId, @QueryParam("reference_id") String referenceId) {
        return Listing.of("movements", inventory.movements(paging.toRequest(), sku, locationId, referenceId),
                MovementView::from);
    }
}
