package com.exzentcg.platform.connector.shopee.stockpush.rest;

import com.exzentcg.platform.connector.shopee.stockpush.StockPushes;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryValues;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Where each item's stock push stands: pending (due or retrying), sending, sent, or failed (parked). */
@Path("/admin/connectors/shopee/stock-pushes")
@Produces(MediaType.APPLICATION_JSON)
public class StockPushResource {

    @EJB
    StockPushes pushes;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("status") String status,
            @QueryParam("profile_id") String profileId, @QueryParam("item_id") String itemId) {
        String s = QueryValues.optionalChoice("status", status, "(?i)pending|sending|sent|failed",
                "pending, sending, sent, failed");
        return Listing.of("stock_pushes", pushes.list(paging.toRequest(), s,
                profileId == null || profileId.isBlank() ? null : profileId.trim(), ListingResource.itemId(itemId)),
                StockPushView::from);
    }
}
