package com.exzentcg.platform.demo.rest;

import com.exzentcg.platform.demo.DemoData;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Loads the demo sample; safe to repeat (a second call creates nothing and says so). */
@Path("/admin/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @EJB
    DemoData demoData;

    @POST
    @RolesAllowed({Roles.OWNER})
    public DemoData.Report load() {
        return demoData.load();
    }
}
