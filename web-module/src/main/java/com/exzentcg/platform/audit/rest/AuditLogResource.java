package com.exzentcg.platform.audit.rest;

import com.exzentcg.platform.audit.AuditFilter;
import com.exzentcg.platform.audit.AuditLog;
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

/** {@code GET /admin/audit-log}: newest first, filtered by actor, target, route, method, status, outcome, time. */
@Path("/admin/audit-log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    @EJB
    AuditLog auditLog;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, Object> list(@BeanParam Paging paging,
            @QueryParam("actor_id") String actorId, @QueryParam("target_id") String targetId,
            @QueryParam("method") String method, @QueryParam("route") String route,
            @QueryParam("status") String status, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        var filter = new AuditFilter(blankToNull(actorId), blankToNull(targetId), blankToNull(method),
                blankToNull(route), QueryValues.optionalInt("status", status, "an HTTP status code"),
                QueryValues.optionalChoice("outcome", outcome, "(?i)success|failure", "success, failure"),
                QueryValues.optionalTime("from", from, false), QueryValues.optionalTime("to", to, true));
        return Listing.of("audit_entries", auditLog.list(paging.toRequest(), filter), AuditEntryView::from);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
