package com.exzentcg.platform.it.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /admin/orders} over HTTP: the lifecycle's stock effects, guards, idempotency and list filters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderApiIT {

    private final Http http = Http.admin();
    private final Seed seed = new Seed(http);
    private String location;
    private String skuA;
    private String skuB;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeEach
    void stock() {
        location = seed.location();
        skuA = Seed.unique("ORD-A");
        skuB = Seed.unique("ORD-B");
        seed.product("Order test " + skuA, skuA, skuB);
        seed.stock(skuA, location, 5);
        seed.stock(skuB, location, 5);
    }

    private JsonObjectBuilder order(Object... skuAndQuantity) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            items.add(Json.createObjectBuilder().add("sku", (String) skuAndQuantity[i])
                    .add("quantity", (Integer) skuAndQuantity[i + 1]));
        }
        return Json.createObjectBuilder().add("location_id", location).add("items", items);
    }

    private JsonObject place(JsonObjectBuilder order) {
        Http.Reply reply = http.post("/admin/orders", order.build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject act(String orderId, String action) {
        Http.Reply reply = http.post("/admin/orders/" + orderId + "/" + action, "{}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private void assertLevel(String sku, int stocked, int reserved) {
        JsonObject level = seed.level(sku, location);
        assertEquals(stocked, level.getInt("stocked"), sku + " stocked");
        assertEquals(reserved, level.getInt("reserved"), sku + " reserved");
        assertEquals(stocked - reserved, level.getInt("available"), sku + " available");
    }

    private List<String> history(JsonObject order) {
        return order.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("event")).toList();
    }

    @Test
    void placingReservesStockAndAnswersTheFullOrder() {
        Http.Reply reply = http.post("/admin/orders", order(skuA, 2, skuB, 1)
                .add("customer_name", "Ash Ketchum").add("customer_email", "ash@example.com")
                .add("shipping", Json.createObjectBuilder().add("amount", 350).add("currency_code", "SGD")).build());
        assertEquals(201, reply.status(), reply.body());
        JsonObject order = reply.json();
        assertTrue(order.getString("id").startsWith("ord_"));
        assertTrue(reply.header("Location").endsWith("/admin/orders/" + order.getString("id")));
        assertEquals("manual", order.getString("channel"));
        assertEquals("placed", order.getString("status"));
        assertEquals("unfulfilled", order.getString("fulfilment_status"));
        assertEquals("awaiting", order.getJsonObject("payment").getString("status"));
        assertEquals(3750, order.getJsonObject("subtotal").getInt("amount"));
        assertEquals(4100, order.getJsonObject("total").getInt("amount"));
        assertEquals("SGD", order.getJsonObject("total").getString("currency_code"));
        assertEquals(2, order.getJsonArray("items").size());
        assertEquals(skuA, order.getJsonArray("items").getJsonObject(0).getString("sku"));
        assertEquals(2500, order.getJsonArray("items").getJsonObject(0).getJsonObject("total").getInt("amount"));
        assertEquals(List.of("placed"), history(order));
        assertLevel(skuA, 5, 2);
        assertLevel(skuB, 5, 1);
        assertEquals(order, http.get("/admin/orders/" + order.getString("id")).json());
    }

    @Test
    void shippingTurnsTheReservationIntoADecrementOnce() {
        String id = place(order(skuA, 2)).getString("id");
        JsonObject shipped = act(id, "ship");
        assertEquals("shipped", shipped.getString("status"));
        assertEquals("shipped", shipped.getString("fulfilment_status"));
        assertLevel(skuA, 3, 0);
        assertEquals(List.of("placed", "shipped"), history(act(id, "ship")));
        assertLevel(skuA, 3, 0);
    }

    @Test
    void cancellingReleasesTheReservationOnceHoweverOftenItIsSent() {
        String id = place(order(skuA, 2, skuB, 3)).getString("id");
        assertEquals("cancelled", act(id, "cancel").getString("status"));
        JsonObject again = act(id, "cancel");
        assertEquals(List.of("placed", "cancelled"), history(again));
        assertLevel(skuA, 5, 0);
        assertLevel(skuB, 5, 0);
        JsonObject ledger = http.get("/admin/inventory/movements?reference_id=" + id).json();
        assertEquals(4, ledger.getInt("count"), ledger.toString());
        // The ledger names the signed-in staff member behind each call (RequestCaller), not the container principal.
        ledger.getJsonArray("movements").getValuesAs(JsonObject.class).forEach(m ->
                assertEquals(Http.owner().email(), m.getString("actor"), ledger.toString()));
    }

    @Test
    void transitionsThatMakeNoSenseAre409AndChangeNothing() {
        String cancelled = place(order(skuA, 1)).getString("id");
        act(cancelled, "cancel");
        Http.Reply ship = http.post("/admin/orders/" + cancelled + "/ship", "{}");
        assertEquals(409, ship.status(), ship.body());
        assertEquals("conflict", ship.json().getString("type"));
        assertLevel(skuA, 5, 0);

        String shipped = place(order(skuA, 1)).getString("id");
        act(shipped, "ship");
        assertEquals(409, http.post("/admin/orders/" + shipped + "/cancel", "{}").status());
        assertEquals(409, http.post("/admin/orders/" + cancelled + "/returns", "{}").status());
        assertLevel(skuA, 4, 0);
        assertEquals(404, http.post("/admin/orders/ord_nope/cancel", "{}").status());
    }

    @Test
    void returnsRestockPartlyThenFullyAndRepeatingChangesNothing() {
        String id = place(order(skuA, 2, skuB, 1)).getString("id");
        act(id, "ship");
        assertLevel(skuA, 3, 0);
        Http.Reply partial = http.post("/admin/orders/" + id + "/returns", Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", skuA).add("quantity", 1)))
                .build());
        assertEquals(200, partial.status(), partial.body());
        assertEquals("shipped", partial.json().getString("status"));
        assertEquals("partially_returned", partial.json().getString("fulfilment_status"));
        assertLevel(skuA, 4, 0);

        Http.Reply tooMany = http.post("/admin/orders/" + id + "/returns", Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", skuA).add("quantity", 2)))
                .build());
        assertEquals(409, tooMany.status(), tooMany.body());

        JsonObject rest = act(id, "returns");
        assertEquals("returned", rest.getString("status"));
        assertEquals("returned", rest.getString("fulfilment_status"));
        assertLevel(skuA, 5, 0);
        assertLevel(skuB, 5, 0);
        assertEquals(List.of("placed", "shipped", "partially_returned", "returned"), history(act(id, "returns")));
        assertLevel(skuA, 5, 0);
    }

    @Test
    void notEnoughStockForOneLineRefusesTheWholeOrder() {
        Http.Reply reply = http.post("/admin/orders", order(skuA, 3, skuB, 6).build());
        assertEquals(409, reply.status(), reply.body());
        assertEquals("items[1].quantity", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertLevel(skuA, 5, 0);
        assertLevel(skuB, 5, 0);
    }

    @Test
    void invalidOrdersAre400NamingTheField() {
        Http.Reply unknown = http.post("/admin/orders", order(skuA, 1, "NO-SUCH-SKU", 1).build());
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("items[1].sku", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply bad = http.post("/admin/orders", "{\"environment\": \"prod\", \"items\": [{\"sku\": \"X\", \"quantity\": 0}]}");
        assertEquals(400, bad.status(), bad.body());
        List<String> fields = bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("environment", "items[0].quantity")), fields.toString());
        assertEquals(400, http.post("/admin/orders", order().build()).status());
    }

    @Test
    void externalReferenceIsUniquePerChannelAndEnvironment() {
        String ref = Seed.unique("SN");
        place(order(skuA, 1).add("channel", "shopee").add("environment", "sandbox").add("external_ref", ref));
        Http.Reply again = http.post("/admin/orders", order(skuA, 1).add("channel", "shopee")
                .add("environment", "sandbox").add("external_ref", ref).build());
        assertEquals(409, again.status(), again.body());
        assertEquals("external_ref", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        place(order(skuA, 1).add("channel", "shopee").add("environment", "live").add("external_ref", ref));
        place(order(skuA, 1).add("external_ref", ref));
        assertLevel(skuA, 5, 3);
    }

    @Test
    void listFiltersByStatusEnvironmentChannelTextAndDate() {
        String marker = Seed.unique("Misty");
        String live = place(order(skuA, 1).add("channel", "shopee").add("environment", "live")
                .add("external_ref", Seed.unique("SN")).add("customer_name", marker)).getString("id");
        String sandbox = place(order(skuA, 1).add("channel", "shopee").add("environment", "sandbox")
                .add("external_ref", Seed.unique("SN")).add("customer_name", marker)).getString("id");
        String manual = place(order(skuB, 1).add("customer_name", marker)).getString("id");
        act(manual, "ship");

        String q = "/admin/orders?q=" + marker.toLowerCase();
        assertEquals(List.of(manual, sandbox, live), ids(q));
        assertEquals(List.of(live), ids(q + "&env=live"));
        assertEquals(List.of(sandbox), ids(q + "&env=SANDBOX&status=placed&channel=shopee"));
        assertEquals(List.of(manual), ids(q + "&status=shipped"));
        assertEquals(List.of(manual), ids(q + "&channel=manual"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(3, ids(q + "&created_from=" + today + "&created_to=" + today).size());
        assertEquals(List.of(), ids(q + "&created_to=" + LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        assertEquals(List.of(live), ids("/admin/orders?q=" + live));

        JsonObject page = http.get(q + "&limit=1&offset=1").json();
        assertEquals(3, page.getInt("count"));
        assertEquals(List.of(sandbox), page.getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList());
        JsonObject summary = page.getJsonArray("orders").getJsonObject(0);
        assertEquals("sandbox", summary.getString("environment"));
        assertEquals(1250, summary.getJsonObject("total").getInt("amount"));

        for (String bad : List.of("status=lost", "env=prod", "created_from=yesterday", "limit=0")) {
            Http.Reply reply = http.get("/admin/orders?" + bad);
            assertEquals(400, reply.status(), bad + ": " + reply.body());
            assertEquals(bad.substring(0, bad.indexOf('=')),
                    reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    private List<String> ids(String path) {
        Http.Reply reply = http.get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("orders").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }
}
