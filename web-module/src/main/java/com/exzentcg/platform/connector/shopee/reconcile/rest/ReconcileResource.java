package com.exzentcg.platform.connector.shopee.reconcile.rest;

import com.exzentcg.platform.connector.shopee.reconcile.LostPushSweep;
import com.exzentcg.platform.connector.shopee.reconcile.OrderPollSweep;
import com.exzentcg.platform.connector.shopee.reconcile.ReconcileReport;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Runs a reconciliation pass now and reports what it found; safe to repeat. */
@Path("/admin/connectors/shopee/reconcile")
@Produces(MediaType.APPLICATION_JSON)
public class ReconcileResource {

    @EJB
    LostPushSweep lostPush;

    @EJB
    OrderPollSweep poll;

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public ReconcileReport run(@QueryParam("kind") String kind) {
        return switch (kind == null ? "" : kind) {
            case "lost_push" -> lostPush.run();
            case "poll" -> poll.run();
            default -> throw PlatformException.invalid("kind", "must be lost_push or poll");
        };
    }
}
