package com.exzentcg.platform.connector.shopee.skumap.rest;

import com.exzentcg.platform.connector.shopee.skumap.NewShopeeSkuMapping;
import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMappings;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/**
 * Which platform variant a Shopee SKU means, for the whole merchant. A mapping is created or
 * deleted, never edited: another mapping of the same Shopee SKU answers 409 until it is deleted.
 */
@Path("/admin/connectors/shopee/sku-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkuMappingResource {

    @EJB
    ShopeeSkuMappings mappings;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("q") String q) {
        return Listing.of("sku_mappings", mappings.list(paging.toRequest(), q), SkuMappingView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public SkuMappingView get(@PathParam("id") String id) {
        return SkuMappingView.from(mappings.get(id));
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response create(@NotNull(message = "is required") @Valid NewShopeeSkuMapping request, @Context UriInfo uri) {
        SkuMappingView created = SkuMappingView.from(mappings.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response delete(@PathParam("id") String id) {
        mappings.delete(id);
        return Response.noContent().build();
    }
}
