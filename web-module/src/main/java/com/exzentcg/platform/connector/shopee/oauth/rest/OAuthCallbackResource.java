package com.exzentcg.platform.connector.shopee.oauth.rest;

import com.exzentcg.platform.connector.shopee.oauth.CallbackOutcome;
import com.exzentcg.platform.connector.shopee.oauth.ShopeeAuthorization;
import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Where Shopee sends the seller's browser after authorization. Public (no token: it is a
 * browser redirect), always answers 302 to the configured return URL with the outcome.
 */
@Path("/connectors/shopee/oauth/callback")
public class OAuthCallbackResource {

    @EJB
    ShopeeAuthorization authorization;

    @Inject
    ConnectorSettings settings;

    /** Legacy registrations without an environment in the path are sandbox ones. */
    @GET
    public Response legacy(@QueryParam("code") String code, @QueryParam("shop_id") String shopId,
            @QueryParam("profile_id") String profileId, @QueryParam("state") String state) {
        return callback("sandbox", code, shopId, profileId, state);
    }

    @GET
    @Path("{env}")
    public Response callback(@PathParam("env") String env, @QueryParam("code") String code,
            @QueryParam("shop_id") String shopId, @QueryParam("profile_id") String profileId,
            @QueryParam("state") String state) {
        Long shop = parseShopId(shopId);
        CallbackOutcome outcome = authorization.complete(env, code, shop, profileId, state);
        UriBuilder target = UriBuilder.fromUri(settings.oauthReturnUrl());
        // An unknown environment path is echoed only when it is a plain word.
        if (outcome.environment() != null && outcome.environment().matches("[A-Za-z0-9_-]{1,20}")) {
            target.queryParam("env", outcome.environment());
        }
        target.queryParam("status", outcome.status());
        if (outcome.reason() != null) {
            target.queryParam("reason", outcome.reason());
        }
        if (outcome.profileId() != null && outcome.profileId().matches("[A-Za-z0-9_]+")) {
            target.queryParam("profile_id", outcome.profileId());
        }
        return Response.status(Response.Status.FOUND).location(target.build()).build();
    }

    private static Long parseShopId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
