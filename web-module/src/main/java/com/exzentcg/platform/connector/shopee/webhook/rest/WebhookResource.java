package com.exzentcg.platform.connector.shopee.webhook.rest;

import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.webhook.EventSettings;
import com.exzentcg.platform.connector.shopee.webhook.WebhookIngest;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.rest.ErrorBody;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where Shopee pushes. Public (Shopee signs instead of logging in). Answers 200 with an empty
 * body once the push is stored (Shopee counts only that as success), 404 for an unknown
 * environment path, 413 for an oversized body, and 503 when the database cannot store it, so
 * Shopee delivers it again.
 */
@Path("/connectors/shopee/webhook")
public class WebhookResource {

    @EJB
    WebhookIngest ingest;

    @Inject
    EventSettings settings;

    @Inject
    ConnectorSettings connector;

    /** The legacy URL (sandbox) and the per-profile URL {@code ?env=&profile_id=}. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response push(@QueryParam("env") String env, @QueryParam("profile_id") String profileId,
            @HeaderParam("Authorization") String signature, @HeaderParam("Content-Length") Long length,
            @Context UriInfo uri, InputStream body) {
        return receive(env == null ? "sandbox" : env, profileId, signature, length, uri, body);
    }

    @POST
    @Path("{env}")
    @Consumes(MediaType.WILDCARD)
    public Response pushTo(@PathParam("env") String env, @QueryParam("profile_id") String profileId,
            @HeaderParam("Authorization") String signature, @HeaderParam("Content-Length") Long length,
            @Context UriInfo uri, InputStream body) {
        return receive(env, profileId, signature, length, uri, body);
    }

    private Response receive(String env, String profileId, String signature, Long length, UriInfo uri, InputStream body) {
        Optional<ShopeeEnvironment> environment = ShopeeEnvironment.parse(env);
        if (environment.isEmpty()) {
            return ErrorBody.response(ErrorType.NOT_FOUND, "Unknown environment " + safe(env), List.of());
        }
        if (length != null && length > settings.maxBodyBytes()) {
            return tooLarge();
        }
        byte[] raw;
        try {
            raw = readAtMost(body, settings.maxBodyBytes());
        } catch (IOException e) {
            return ErrorBody.response(ErrorType.INVALID_DATA, "Could not read the push body", List.of());
        }
        if (raw == null) {
            return tooLarge();
        }
        ingest.receive(new WebhookIngest.Delivery(environment.get(), blankToNull(profileId), callbackUrl(uri), raw, signature));
        return Response.ok().build();
    }

    /** The URL exactly as Shopee was given it: the public base, then path and query as received. */
    private String callbackUrl(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return connector.publicApiBaseUrl() + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private Response tooLarge() {
        return ErrorBody.response(413, "invalid_data", "Push body larger than " + settings.maxBodyBytes() + " bytes",
                List.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Echoes a client-supplied path segment only as a short plain word. */
    private static String safe(String value) {
        String word = value == null ? "" : value.replaceAll("[^A-Za-z0-9_-]", "");
        return word.length() > 20 ? word.substring(0, 20) : word;
    }
}
