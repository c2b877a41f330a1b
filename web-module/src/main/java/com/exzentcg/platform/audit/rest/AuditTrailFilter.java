package com.exzentcg.platform.audit.rest;

import com.exzentcg.platform.audit.AuditLog;
import com.exzentcg.platform.audit.AuditRecord;
import com.exzentcg.platform.staff.Caller;
import com.exzentcg.platform.staff.rest.AdminPaths;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records every non-read {@code /admin} call once its answer is known, including refusals (401,
 * 403) and failures whose business transaction rolled back: {@link AuditLog#record} has its own.
 * Only the route, target id and status are kept, never the body, so no secret can leak in.
 */
@Provider
public class AuditTrailFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditTrailFilter.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @EJB
    AuditLog auditLog;

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod()) || !AdminPaths.isAdmin(request.getUriInfo())) {
            return;
        }
        String actorId = null;
        String actorEmail = null;
        if (request.getProperty(AdminPaths.CALLER) instanceof Caller caller) {
            actorId = caller.userId();
            actorEmail = caller.email();
        } else if (attribute(request, AdminPaths.ACTOR_ID) != null) {
            actorId = attribute(request, AdminPaths.ACTOR_ID);
            actorEmail = attribute(request, AdminPaths.ACTOR_EMAIL);
        }
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        String route = route().orElse(path);
        var record = new AuditRecord(actorId, actorEmail, request.getMethod(), route, path,
                target(request.getUriInfo().getPathParameters(), response), response.getStatus(),
                servletRequest == null ? null : servletRequest.getRemoteAddr());
        try {
            auditLog.record(record);
        } catch (RuntimeException e) {
            // The change itself has already happened or failed; the audit gap must be loud.
            LOG.severe(() -> "AUDIT ENTRY LOST for " + record.method() + " " + record.route() + " status "
                    + record.status() + " by " + record.actorId() + ": " + e.getClass().getName());
        }
    }

    /** The matched template, e.g. {@code /admin/staff/{id}}, so entries group by route. */
    private Optional<String> route() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Path onClass = resourceInfo.getResourceClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String joined = (onClass == null ? "" : "/" + onClass.value()) + (onMethod == null ? "" : "/" + onMethod.value());
        return Optional.of(joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
    }

    /** The {@code id} path parameter, or for a create the new id from its Location header. */
    private static String target(MultivaluedMap<String, String> pathParameters, ContainerResponseContext response) {
        String id = pathParameters.getFirst("id");
        if (id != null) {
            return id;
        }
        if (!pathParameters.isEmpty()) {
            return pathParameters.values().iterator().next().get(0);
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (response.getStatus() == 201 && location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return null;
    }

    private String attribute(ContainerRequestContext request, String name) {
        Object value = request.getProperty(name);
        if (value == null && servletRequest != null) {
            value = servletRequest.getAttribute(name);
        }
        return value == null ? null : value.toString();
    }
}
