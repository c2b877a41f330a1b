package com.exzentcg.platform.connector.shopee.exception.rest;

import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvents;
import com.exzentcg.platform.connector.shopee.webhook.rest.ShopeeEventView;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problems operators fix: list, resolve, retry what they hold. */
@Path("/admin/exceptions")
@Produces(MediaType.APPLICATION_JSON)
public class ExceptionResource {

    @EJB
    ConnectorExceptions exceptions;

    @EJB
    ShopeeEvents events;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("status") String status,
            @QueryParam("type") String type, @QueryParam("env") String env, @QueryParam("reference") String reference) {
        String s = status == null || status.isBlank() ? null : status.trim().toLowerCase(java.util.Locale.ROOT);
        if (s != null && !s.equals("open") && !s.equals("resolved")) {
            throw PlatformException.invalid("status", "must be open or resolved");
        }
        String t = type == null || type.isBlank() ? null : type.trim().toUpperCase(java.util.Locale.ROOT);
        if (t != null && Arrays.stream(ExceptionType.values()).noneMatch(v -> v.name().equals(t))) {
            throw PlatformException.invalid("type", "must be one of " + Arrays.toString(ExceptionType.values()));
        }
        String e = env == null || env.isBlank() ? null : ShopeeEnvironment.require("env", env).wireName();
        String r = reference == null || reference.isBlank() ? null : reference.trim();
        return Listing.of("exceptions", exceptions.list(paging.toRequest(), s, t, e, r), ExceptionView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ExceptionView get(@PathParam("id") String id) {
        return ExceptionView.from(exceptions.get(id));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public ExceptionView resolve(@PathParam("id") String id, @Context SecurityContext security) {
        return ExceptionView.from(exceptions.resolve(id, operator(security), "resolved by operator"));
    }

    /** Runs the held event again; the exception is resolved when that works. */
    @POST
    @Path("{id}/retry")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> retry(@PathParam("id") String id, @Context SecurityContext security) {
        var event = events.retry(id, operator(security));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exception", ExceptionView.from(exceptions.get(id)));
        body.put("event", ShopeeEventView.from(event));
        return body;
    }

    private static String operator(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }
}
