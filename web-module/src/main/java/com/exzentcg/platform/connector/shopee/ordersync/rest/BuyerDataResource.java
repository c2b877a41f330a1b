package com.exzentcg.platform.connector.shopee.ordersync.rest;

import com.exzentcg.platform.connector.shopee.ordersync.BuyerDataRetention;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Runs the buyer-data retention now (it also runs hourly); safe to repeat. */
@Path("/admin/connectors/shopee/buyer-data/redact-expired")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerDataResource {

    @EJB
    BuyerDataRetention retention;

    @POST
    @RolesAllowed({Roles.OWNER})
    public Map<String, Integer> redactExpired() {
        return Map.of("redacted", Math.max(0, retention.redactExpired()));
    }
}
