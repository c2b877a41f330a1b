package com.exzentcg.platform.catalog.rest;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.NewProduct;
import com.exzentcg.platform.catalog.NewVariant;
import com.exzentcg.platform.catalog.ProductChanges;
import com.exzentcg.platform.catalog.ProductStatus;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryValues;
import com.exzentcg.platform.staff.Roles;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/admin/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @EJB
    Catalog catalog;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("q") String q,
            @QueryParam("status") String status) {
        String wanted = QueryValues.optionalChoice("status", status, ProductStatus.PATTERN, ProductStatus.CHOICES);
        return Listing.of("products", catalog.list(paging.toRequest(), q,
                wanted == null ? null : ProductStatus.fromWire(wanted)), ProductView::from);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response create(@NotNull(message = "is required") @Valid NewProduct request, @Context UriInfo uri) {
        var created = ProductView.from(catalog.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ProductView get(@PathParam("id") String id) {
        return ProductView.from(catalog.get(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public ProductView update(@PathParam("id") String id,
            @NotNull(message = "is required") @Valid ProductChanges changes) {
        return ProductView.from(catalog.update(id, changes));
    }

    /** Removes a product nobody refers to; one that orders or the stock ledger mention is archived instead. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, Object> delete(@PathParam("id") String id) {
        Catalog.Removal removal = catalog.remove(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("deleted", removal == Catalog.Removal.DELETED);
        body.put("archived", removal == Catalog.Removal.ARCHIVED);
        return body;
    }

    @POST
    @Path("{id}/variants")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response addVariant(@PathParam("id") String id, @NotNull(message = "is required") @Valid NewVariant request,
            @Context UriInfo uri) {
        var created = VariantView.from(catalog.addVariant(id, request));
        return Response.created(uri.getBaseUriBuilder().path("admin/variants").path(created.id()).build())
                .entity(created).build();
    }
}
