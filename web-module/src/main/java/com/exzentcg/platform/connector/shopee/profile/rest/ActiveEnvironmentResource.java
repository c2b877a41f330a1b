package com.exzentcg.platform.connector.shopee.profile.rest;

import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The environment (sandbox or live) the platform works in. */
@Path("/admin/connectors/shopee/active-environment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActiveEnvironmentResource {

    /** The request to switch. */
    public record Switch(@NotBlank(message = "is required")
            @Pattern(regexp = ShopeeEnvironment.PATTERN, message = "must be sandbox or live") String environment) {
    }

    /** Which environment is active, its active profile, and whether this call changed anything. */
    public record State(String environment, String activeProfileId, boolean changed) {
    }

    @EJB
    ShopeeProfiles profiles;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public State get() {
        return state(profiles.activeEnvironment(), false);
    }

    @PUT
    @RolesAllowed({Roles.OWNER, Roles.ADMIN})
    public State put(@NotNull(message = "is required") @Valid Switch request) {
        ShopeeEnvironment target = ShopeeEnvironment.require("environment", request.environment());
        boolean changed = profiles.switchEnvironment(target);
        return state(target, changed);
    }

    private State state(ShopeeEnvironment environment, boolean changed) {
        return new State(environment.wireName(),
                profiles.active(environment).map(p -> p.id()).orElse(null), changed);
    }
}
