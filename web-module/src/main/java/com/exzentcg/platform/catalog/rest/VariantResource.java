package com.exzentcg.platform.catalog.rest;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.VariantChanges;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The variant editor: find variants by SKU prefix or text, change one. */
@Path("/admin/variants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VariantResource {

    @EJB
    Catalog catalog;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("sku") String sku,
            @QueryParam("q") String q, @QueryParam("product_id") String productId) {
        return Listing.of("variants", catalog.variants(paging.toRequest(), sku, q, productId), VariantView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public VariantView get(@PathParam("id") String id) {
        return VariantView.from(catalog.variant(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public VariantView update(@PathParam("id") String id,
            @NotNull(message = "is required") @Valid VariantChanges changes) {
        return VariantView.from(catalog.updateVariant(id, changes));
    }
}
