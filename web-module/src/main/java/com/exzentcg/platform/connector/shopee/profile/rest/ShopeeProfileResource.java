package com.exzentcg.platform.connector.shopee.profile.rest;

import com.exzentcg.platform.connector.shopee.oauth.ShopeeAuthorization;
import com.exzentcg.platform.connector.shopee.profile.NewShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ProfileDiagnostics;
import com.exzentcg.platform.connector.shopee.profile.ProfileUrls;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfileChanges;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.token.RefreshOutcome;
import com.exzentcg.platform.connector.shopee.token.TokenRefresher;
import com.exzentcg.platform.connector.shopee.warehouse.ShopeeWarehouse;
import com.exzentcg.platform.connector.shopee.warehouse.ShopeeWarehouses;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryFlags;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Connector profiles: secrets go in, fingerprints come out. */
@Path("/admin/connectors/shopee/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopeeProfileResource {

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeAuthorization authorization;

    @EJB
    TokenRefresher refresher;

    @EJB
    ShopeeWarehouses warehouses;

    @Inject
    ProfileUrls urls;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("environment") String environment,
            @QueryParam("active") String active) {
        ShopeeEnvironment env = environment == null || environment.isBlank() ? null
                : ShopeeEnvironment.require("environment", environment);
        return Listing.of("profiles", profiles.list(paging.toRequest(), env, QueryFlags.optionalBoolean("active", active)),
                this::view);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response create(@NotNull(message = "is required") @Valid NewShopeeProfile request, @Context UriInfo uri) {
        ShopeeProfileView created = view(profiles.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ShopeeProfileView get(@PathParam("id") String id) {
        return view(profiles.get(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public ShopeeProfileView update(@PathParam("id") String id,
            @NotNull(message = "is required") @Valid ShopeeProfileChanges changes) {
        return view(profiles.update(id, changes));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response delete(@PathParam("id") String id) {
        profiles.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public ShopeeProfileView activate(@PathParam("id") String id) {
        return view(profiles.activate(id));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public ShopeeProfileView deactivate(@PathParam("id") String id) {
        return view(profiles.deactivate(id));
    }

    @POST
    @Path("{id}/authorize")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, String> authorize(@PathParam("id") String id) {
        return Map.of("url", authorization.linkFor(id));
    }

    @POST
    @Path("{id}/refresh-token")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Response refreshToken(@PathParam("id") String id) {
        RefreshOutcome outcome = refresher.refreshNow(id);
        ShopeeProfile profile = profiles.get(id);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        body.put("profile", view(profile));
        // A refused refresh is Shopee's answer, not a server fault: the profile says what to do.
        return Response.ok(body).build();
    }

    @POST
    @Path("{id}/refresh-locations")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public Map<String, Object> refreshLocations(@PathParam("id") String id) {
        return locationsBody(warehouses.refresh(id));
    }

    @GET
    @Path("{id}/locations")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> locations(@PathParam("id") String id) {
        return locationsBody(warehouses.list(id));
    }

    @GET
    @Path("{id}/diagnostics")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public ProfileDiagnostics diagnostics(@PathParam("id") String id) {
        return profiles.diagnostics(id);
    }

    private ShopeeProfileView view(ShopeeProfile profile) {
        return ShopeeProfileView.from(profile, profiles.tokenState(profile), urls);
    }

    private static Map<String, Object> locationsBody(List<ShopeeWarehouse> list) {
        return Map.of("locations", list.stream().map(WarehouseView::from).toList(), "count", list.size());
    }

    /** A Shopee warehouse as the API shows it. */
    public record WarehouseView(long warehouseId, int warehouseType, String name, String locationId, String region,
            String state, String city, String address, String zipcode, java.time.Instant refreshedAt) {
        static WarehouseView from(ShopeeWarehouse w) {
            return new WarehouseView(w.warehouseId(), w.warehouseType(), w.name(), w.locationId(), w.region(),
                    w.state(), w.city(), w.address(), w.zipcode(), w.refreshedAt().toInstant());
        }
    }
}
