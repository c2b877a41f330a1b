package com.exzentcg.platform.connector.shopee.webhook.rest;

import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvents;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryFlags;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Raw Shopee events: look at them, run one again. */
@Path("/admin/connectors/shopee/events")
@Produces(MediaType.APPLICATION_JSON)
public class ShopeeEventResource {

    @EJB
    ShopeeEvents events;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("processed") String processed,
            @QueryParam("signature_ok") String signatureOk, @QueryParam("env") String env,
            @QueryParam("status") String status) {
        String environment = env == null || env.isBlank() ? null : ShopeeEnvironment.require("env", env).wireName();
        return Listing.of("events", events.list(paging.toRequest(), QueryFlags.optionalBoolean("processed", processed),
                QueryFlags.optionalBoolean("signature_ok", signatureOk), environment,
                status == null || status.isBlank() ? null : status.trim()), ShopeeEventView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ShopeeEventView get(@PathParam("id") String id) {
        return ShopeeEventView.from(events.get(id));
    }

    @POST
    @Path("{id}/reprocess")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public ShopeeEventView reprocess(@PathParam("id") String id) {
        return ShopeeEventView.from(events.reprocess(id));
    }
}
