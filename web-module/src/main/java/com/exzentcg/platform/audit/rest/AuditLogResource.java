package com.exzentcg.platform.audit.rest;

import com.exzentcg.platform.audit.AuditFilter;
import com.exzentcg.platform.audit.AuditLog;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
                blankToNull(route), status(status), blankToNull(outcome), time("from", from), time("to", to));
        return Listing.of("audit_entries", auditLog.list(paging.toRequest(), filter), AuditEntryView::from);
    }

    private static Integer status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("status", "must be an HTTP status code");
        }
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid(name, "must be an ISO-8601 timestamp such as 2025-01-31T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
