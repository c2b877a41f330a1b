package com.exzentcg.platform.connector.shopee.profile.rest;

import com.exzentcg.platform.connector.shopee.credential.KeyRotation;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Re-encrypts every stored secret under the newest master key; safe to run again. */
@Path("/admin/connectors/shopee/key-rotation")
@Produces(MediaType.APPLICATION_JSON)
public class KeyRotationResource {

    @EJB
    KeyRotation rotation;

    @POST
    @RolesAllowed({Roles.OWNER})
    public KeyRotation.Report rotate() {
        return rotation.rotate();
    }
}
