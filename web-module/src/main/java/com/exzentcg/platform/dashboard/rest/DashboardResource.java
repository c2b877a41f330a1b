package com.exzentcg.platform.dashboard.rest;

import com.exzentcg.platform.dashboard.Dashboard;
import com.exzentcg.platform.dashboard.Summary;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The operator's home page numbers. */
@Path("/admin/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @EJB
    Dashboard dashboard;

    @GET
    @Path("summary")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> summary(@QueryParam("env") String env) {
        Summary s = dashboard.summary(env);
        Map<String, Object> orders = new LinkedHashMap<>();
        orders.put("total", s.ordersTotal());
        orders.put("by_status", s.ordersByStatus());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active_environment", s.activeEnvironment());
        body.put("env_filter", s.envFilter());
        body.put("orders", orders);
        body.put("open_exceptions", s.openExceptions());
        body.put("low_stock_items", s.lowStockItems());
        body.put("events", s.eventsByStatus());
        return body;
    }
}
