package com.exzentcg.platform.connector.shopee.stockpush.rest;

import com.exzentcg.platform.connector.shopee.stockpush.ShopeeListings;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which Shopee item/model sells which SKU, per profile; refreshed from Shopee on request. */
@Path("/admin/connectors/shopee/profiles/{id}/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingResource {

    @EJB
    ShopeeListings listings;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@PathParam("id") String profileId, @BeanParam Paging paging,
            @QueryParam("item_id") String itemId, @QueryParam("sku") String sku) {
        return Listing.of("listings", listings.list(profileId, paging.toRequest(), itemId(itemId), sku),
                ListingView::from);
    }

    /** Reads the items' models from Shopee; answers per item what was stored, then the item's listings. */
    @POST
    @Path("refresh")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, Object> refresh(@PathParam("id") String profileId,
            @NotNull(message = "is required") @Valid ListingRefresh request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", listings.refresh(profileId, request.itemIds()));
        return body;
    }

    /** An optional {@code item_id} filter; a non-number is a 400 naming it. */
    static Long itemId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("item_id", "must be a Shopee item id");
        }
    }
}
