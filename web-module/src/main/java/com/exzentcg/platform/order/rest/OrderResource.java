package com.exzentcg.platform.order.rest;

import com.exzentcg.platform.order.NewOrder;
import com.exzentcg.platform.order.Order;
import com.exzentcg.platform.order.OrderFilter;
import com.exzentcg.platform.order.OrderStatus;
import com.exzentcg.platform.order.Orders;
import com.exzentcg.platform.order.ReturnRequest;
import com.exzentcg.platform.platform.rest.Listing;
import com.exzentcg.platform.platform.rest.Paging;
import com.exzentcg.platform.platform.rest.QueryValues;
import com.exzentcg.platform.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.exzentcg.platform.connector.shopee.ordersync.OrderSyncs;
import com.exzentcg.platform.connector.shopee.ordersync.rest.ShopeeSyncView;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** Orders list and detail; manual orders; ship, cancel, complete and returns (each safe to repeat). */
@Path("/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @EJB
    Orders orders;

    @EJB
    OrderSyncs syncs;

    @GET
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public Map<String, Object> list(@BeanParam Paging paging, @QueryParam("status") String status,
            @QueryParam("env") String env, @QueryParam("channel") String channel, @QueryParam("q") String q,
            @QueryParam("created_from") String createdFrom, @QueryParam("created_to") String createdTo) {
        String wantedStatus = QueryValues.optionalChoice("status", status, OrderStatus.PATTERN, OrderStatus.CHOICES);
        var filter = new OrderFilter(wantedStatus == null ? null : OrderStatus.fromWire(wantedStatus),
                QueryValues.optionalChoice("env", env, Order.ENVIRONMENT_PATTERN, "sandbox, live"),
                QueryValues.optionalChoice("channel", channel, Order.CHANNEL_PATTERN, "a channel name such as manual"),
                q, QueryValues.optionalTime("created_from", createdFrom, false),
                QueryValues.optionalTime("created_to", createdTo, true));
        return Listing.of("orders", orders.list(paging.toRequest(), filter), OrderSummaryView::from);
    }

    @POST
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public Response place(@NotNull(message = "is required") @Valid NewOrder request, @Context UriInfo uri) {
        var placed = OrderView.from(orders.place(request));
        return Response.created(uri.getAbsolutePathBuilder().path(placed.id()).build()).entity(placed).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    public OrderView get(@PathParam("id") String id) {
        return OrderView.from(orders.get(id), syncs.forOrder(id).map(ShopeeSyncView::from).orElse(null));
    }

    @POST
    @Path("{id}/ship")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public OrderView ship(@PathParam("id") String id) {
        return OrderView.from(orders.ship(id));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public OrderView cancel(@PathParam("id") String id) {
        return OrderView.from(orders.cancel(id));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public OrderView complete(@PathParam("id") String id) {
        return OrderView.from(orders.complete(id));
    }

    /** Body optional: {@code {"items": [{"sku", "quantity"}]}}; without items everything still out comes back. */
    @POST
    @Path("{id}/returns")
    @RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.OPERATOR})
    public OrderView returnItems(@PathParam("id") String id, @Valid ReturnRequest request) {
        return OrderView.from(orders.returnItems(id, request == null ? ReturnRequest.everything() : request));
    }
}
