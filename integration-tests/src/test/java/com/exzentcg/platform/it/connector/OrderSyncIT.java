package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeEscrow;
import com.exzentcg.platform.connector.shopee.fake.FakeOrder;
import com.exzentcg.platform.connector.shopee.fake.FakeOrderItem;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shopee orders end to end: signed pushes in, the order's truth fetched from (fake) Shopee,
 * platform orders and stock kept exact, exceptions an operator fixes, nothing lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderSyncIT {

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;
    private String profileId;
    private String webhookUrl;
    private String locationId;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeEach
    void connectedActiveSandboxShop() {
        ShopeeFixture.ActiveShop shop = shopee.activeSandboxShop();
        profileId = shop.profileId();
        webhookUrl = shop.webhookUrl();
        locationId = shop.locationId();
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    private static String unique(int length) {
        return ShopeeFixture.unique(length);
    }

    private String seedVariant(int stock) {
        return shopee.seedVariant(locationId, "pokemon", stock);
    }

    private static jakarta.json.JsonObjectBuilder card(String sku, long price) {
        return ShopeeFixture.card(sku, "pokemon", price);
    }

    private FakeOrder shopeeOrder(String orderSn, String status, String sku, int quantity) {
        long now = Instant.now().getEpochSecond();
        return FakeOrder.of(shopee.shopId, orderSn, status, now - 60).withStatus(status, now)
                .withTotal("SGD", new BigDecimal("25.00"))
                .withItem(new FakeOrderItem(9001, "", 9101, sku, quantity, new BigDecimal("12.50"), new BigDecimal("12.50")));
    }

    /** Shopee changes the order, then pushes that it changed. */
    private void shopeeMoves(String orderSn, String status, long updateTime) {
        shopee.fake.setOrderStatus(orderSn, status, updateTime);
        push(orderSn, status, updateTime);
    }

    private void push(String orderSn, String status, long updateTime) {
        String body = FakeShopee.orderStatusPush(shopee.shopId, orderSn, status, updateTime);
        assertEquals(200, shopee.fake.sendPush(webhookUrl, shopee.pushKey, body));
    }

    private Optional<JsonObject> platformOrder(String orderSn) {
        var list = http.get("/admin/orders?channel=shopee&env=sandbox&q=" + orderSn).json().getJsonArray("orders")
                .getValuesAs(JsonObject.class).stream().filter(o -> orderSn.equals(o.getString("external_ref", null))).toList();
        return list.isEmpty() ? Optional.empty() : Optional.of(http.get("/admin/orders/" + list.get(0).getString("id")).json());
    }

    private JsonObject level(String sku) {
        return http.get("/admin/inventory/levels?sku=" + sku + "&location_id=" + locationId).json()
                .getJsonArray("levels").getJsonObject(0);
    }

    private List<JsonObject> movements(String sku) {
        return http.get("/admin/inventory/movements?limit=500&sku=" + sku).json().getJsonArray("movements")
                .getValuesAs(JsonObject.class);
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        return Await.until(what, probe);
    }

    private JsonObject awaitOrderStatus(String orderSn, String status) {
        return await("order " + orderSn + " " + status,
                () -> platformOrder(orderSn).filter(o -> status.equals(o.getString("status"))));
    }

    @Test
    void eachPushDeliveredThreeTimesGivesOneOrderAndOneStockMove() {
        String sku = seedVariant(5);
        String sn = "SN" + unique(10);
        long t = Instant.now().getEpochSecond();
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 2));
        for (int i = 0; i < 3; i++) {
            push(sn, "READY_TO_SHIP", t);
        }
        JsonObject order = awaitOrderStatus(sn, "placed");
        assertEquals("shopee", order.getString("channel"));
        assertEquals("sandbox", order.getString("environment"));
        assertEquals(2500, order.getJsonObject("total").getInt("amount"));
        assertEquals(2, level(sku).getInt("reserved"));

        for (int i = 0; i < 3; i++) {
            shopeeMoves(sn, "SHIPPED", t + 10);
        }
        awaitOrderStatus(sn, "shipped");
        await("stock committed", () -> Optional.of(level(sku)).filter(l -> l.getInt("reserved") == 0));
        assertEquals(3, level(sku).getInt("stocked"));
        assertEquals(1, platformOrdersCount(sn));
        long reservations = movements(sku).stream().filter(m -> m.getString("kind").toLowerCase().contains("reserv")).count();
        assertEquals(1, reservations, movements(sku).toString());
    }

    private long platformOrdersCount(String orderSn) {
        return http.get("/admin/orders?channel=shopee&q=" + orderSn).json().getInt("count");
    }

    @Test
    void completionRecordsThePayoutAndALatePushNeverMovesTheOrderBack() {
        String sku = seedVariant(3);
        String sn = "SN" + unique(10);
        long t = Instant.now().getEpochSecond();
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        push(sn, "READY_TO_SHIP", t);
        awaitOrderStatus(sn, "placed");
        shopee.fake.putEscrow(new FakeEscrow(sn, new BigDecimal("21.37"), new BigDecimal("25.00"),
                new BigDecimal("1.50"), new BigDecimal("1.25"), new BigDecimal("0.88"), new BigDecimal("2.00")));
        // Shopee went straight on to COMPLETED; the SHIPPED push was lost.
        shopeeMoves(sn, "COMPLETED", t + 100);
        JsonObject completed = awaitOrderStatus(sn, "completed");
        assertEquals("captured", completed.getJsonObject("payment").getString("status"));
        assertEquals(2137, completed.getJsonObject("payment").getJsonObject("captured").getInt("amount"));

        // A stale answer (a late SHIPPED with an older update time) changes nothing.
        shopeeMoves(sn, "SHIPPED", t + 50);
        JsonObject event = await("late push processed", () -> lastEventOf(sn, "SHIPPED"));
        assertEquals("ignored", event.getString("status"), event.toString());
        assertEquals("completed", platformOrder(sn).orElseThrow().getString("status"));
        assertEquals(2, level(sku).getInt("stocked"));
    }

    private Optional<JsonObject> lastEventOf(String orderSn, String status) {
        return http.get("/admin/connectors/shopee/events?limit=500").json().getJsonArray("events")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> orderSn.equals(e.getString("order_sn", null)) && e.getString("body").contains(status))
                .filter(e -> e.getBoolean("processed"))
                .findFirst();
    }

    @Test
    void unknownSkuIsHeldUntilTheOperatorMapsItAndRetries() {
        String sku = "OP-" + unique(8);
        String sn = "SN" + unique(10);
        long t = Instant.now().getEpochSecond();
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        push(sn, "READY_TO_SHIP", t);
        JsonObject problem = await("SKU_NOT_FOUND for " + sn, () -> http.get("/admin/exceptions?status=open&type=SKU_NOT_FOUND&limit=500")
                .json().getJsonArray("exceptions").getValuesAs(JsonObject.class).stream()
                .filter(e -> sn.equals(e.getString("reference", null))).findFirst());
        assertTrue(problem.getString("message").contains(sku), problem.toString());
        assertTrue(problem.getString("message").contains(sn), problem.toString());
        assertEquals(List.of(sku), problem.getJsonArray("skus").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "the unknown SKU as data, not only in the message");
        assertTrue(platformOrder(sn).isEmpty());
        JsonObject byReference = http.get("/admin/exceptions?reference=" + sn).json();
        assertEquals(1, byReference.getInt("count"), "operators find it by the Shopee order number");
        assertEquals(problem.getString("id"), byReference.getJsonArray("exceptions").getJsonObject(0).getString("id"));
        assertEquals(0, http.get("/admin/exceptions?reference=" + sn + "X").json().getInt("count"));

        // The operator gives a variant that SKU (here: a new one with stock), then retries once.
        Http.Reply product = http.post("/admin/products", Json.createObjectBuilder().add("title", "Luffy " + sku).add("status", "active")
                .add("variants", Json.createArrayBuilder().add(card(sku, 990))).build());
        assertEquals(201, product.status(), product.body());
        shopee.adjust(sku, locationId, 4);
        Http.Reply retried = http.post("/admin/exceptions/" + problem.getString("id") + "/retry", "");
        assertEquals(200, retried.status(), retried.body());
        assertEquals("resolved", retried.json().getJsonObject("exception").getString("status"));
        assertEquals("placed", platformOrder(sn).orElseThrow().getString("status"));
        assertEquals(1, level(sku).getInt("reserved"));
    }

    @Test
    void aShopeeSkuMappedToAStockedVariantReservesThatVariant() {
        // The merchant's stocked card is listed on Shopee under another SKU.
        String sku = seedVariant(4);
        String shopeeSku = "shp-" + unique(8).toLowerCase();
        Http.Reply mapped = http.post("/admin/connectors/shopee/sku-mappings",
                Json.createObjectBuilder().add("shopee_sku", shopeeSku).add("sku", sku).build());
        assertEquals(201, mapped.status(), mapped.body());

        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", shopeeSku, 3));
        push(sn, "READY_TO_SHIP", Instant.now().getEpochSecond());
        JsonObject order = awaitOrderStatus(sn, "placed");
        JsonObject line = order.getJsonArray("items").getJsonObject(0);
        assertEquals(sku, line.getString("sku"), "the order line carries the platform SKU, never Shopee's");
        assertEquals(3, line.getInt("quantity"));
        assertEquals(3, level(sku).getInt("reserved"));
        assertEquals(1, level(sku).getInt("available"));
    }

    @Test
    void aHeldOrderIsPlacedOnRetryOnceItsShopeeSkuIsMapped() {
        String sku = seedVariant(2);
        String shopeeSku = "SHP-" + unique(8);
        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", shopeeSku, 1));
        push(sn, "READY_TO_SHIP", Instant.now().getEpochSecond());
        JsonObject problem = await("SKU_NOT_FOUND for " + sn, () -> http.get("/admin/exceptions?status=open&type=SKU_NOT_FOUND&limit=500")
                .json().getJsonArray("exceptions").getValuesAs(JsonObject.class).stream()
                .filter(e -> sn.equals(e.getString("reference", null))).findFirst());
        assertTrue(problem.getString("message").contains("map it"), problem.toString());

        assertEquals(201, http.post("/admin/connectors/shopee/sku-mappings",
                Json.createObjectBuilder().add("shopee_sku", shopeeSku).add("sku", sku).build()).status());
        Http.Reply retried = http.post("/admin/exceptions/" + problem.getString("id") + "/retry", "");
        assertEquals(200, retried.status(), retried.body());
        assertEquals("resolved", retried.json().getJsonObject("exception").getString("status"));
        assertEquals(sku, platformOrder(sn).orElseThrow().getJsonArray("items").getJsonObject(0).getString("sku"));
        assertEquals(1, level(sku).getInt("reserved"));
    }

    @Test
    void cancellationReleasesTheReservationOnce() {
        String sku = seedVariant(2);
        String sn = "SN" + unique(10);
        long t = Instant.now().getEpochSecond();
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 2));
        push(sn, "READY_TO_SHIP", t);
        awaitOrderStatus(sn, "placed");
        assertEquals(0, level(sku).getInt("available"));
        shopeeMoves(sn, "IN_CANCEL", t + 5);
        shopeeMoves(sn, "CANCELLED", t + 10);
        shopeeMoves(sn, "CANCELLED", t + 10);
        awaitOrderStatus(sn, "cancelled");
        await("reservation released", () -> Optional.of(level(sku)).filter(l -> l.getInt("available") == 2));
        long releases = movements(sku).stream().filter(m -> m.getString("kind").toLowerCase().contains("releas")).count();
        assertEquals(1, releases, movements(sku).toString());
    }

    @Test
    void buyerDataIsShownOnTheOrderUntilRetentionRedactsIt() throws Exception {
        String sku = seedVariant(2);
        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        push(sn, "READY_TO_SHIP", Instant.now().getEpochSecond());
        JsonObject order = awaitOrderStatus(sn, "placed");
        JsonObject block = order.getJsonObject("shopee");
        assertEquals(sn, block.getString("order_sn"));
        assertEquals("READY_TO_SHIP", block.getString("shopee_status"));
        assertEquals("Tan Ah Kow", block.getJsonObject("buyer").getString("recipient_name"));

        // 91 days later (the default retention is 90).
        try (var db = com.exzentcg.platform.it.TestDatabase.connect();
             var s = db.prepareStatement("UPDATE shopee_order_sync SET created_at = now() - interval '91 days' WHERE order_sn = ?")) {
            s.setString(1, sn);
            assertEquals(1, s.executeUpdate());
        }
        Http.Reply run = http.post("/admin/connectors/shopee/buyer-data/redact-expired", "");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.json().getInt("redacted") >= 1);
        JsonObject after = http.get("/admin/orders/" + order.getString("id")).json().getJsonObject("shopee");
        assertTrue(after.isNull("buyer"), after.toString());
        assertTrue(!after.isNull("buyer_data_redacted_at"));
        try (var db = com.exzentcg.platform.it.TestDatabase.connect();
             var s = db.prepareStatement("SELECT recipient_name, recipient_phone, recipient_address FROM shopee_order_sync WHERE order_sn = ?")) {
            s.setString(1, sn);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(null, rs.getString(1));
                assertEquals(null, rs.getString(2));
                assertEquals(null, rs.getString(3));
            }
        }
        assertEquals(0, http.post("/admin/connectors/shopee/buyer-data/redact-expired", "").json().getInt("redacted"));
    }

    @Test
    void dashboardCountsAreScopedToTheActiveEnvironmentUnlessAskedOtherwise() {
        JsonObject sandbox = http.get("/admin/dashboard/summary").json();
        assertEquals("sandbox", sandbox.getString("active_environment"));
        assertEquals("sandbox", sandbox.getString("env_filter"));
        JsonObject live = http.get("/admin/dashboard/summary?env=live").json();
        JsonObject all = http.get("/admin/dashboard/summary?env=all").json();
        assertEquals("all", all.getString("env_filter"));

        String sku = seedVariant(3);
        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        push(sn, "READY_TO_SHIP", Instant.now().getEpochSecond());
        awaitOrderStatus(sn, "placed");
        Http.Reply manual = http.post("/admin/orders", Json.createObjectBuilder().add("location_id", locationId)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", 1))).build());
        assertEquals(201, manual.status(), manual.body());

        JsonObject sandboxAfter = http.get("/admin/dashboard/summary").json();
        JsonObject liveAfter = http.get("/admin/dashboard/summary?env=live").json();
        JsonObject allAfter = http.get("/admin/dashboard/summary?env=all").json();
        assertEquals(total(sandbox) + 1, total(sandboxAfter), "the Shopee sandbox order");
        assertEquals(total(live), total(liveAfter));
        assertEquals(total(all) + 2, total(allAfter), "both orders");
        assertEquals(sandboxAfter.getJsonObject("orders").getJsonObject("by_status").getInt("placed"),
                sandbox.getJsonObject("orders").getJsonObject("by_status").getInt("placed") + 1);
        // Stock is physical: low stock is the same whatever the filter.
        assertEquals(allAfter.getInt("low_stock_items"), liveAfter.getInt("low_stock_items"));
        assertEquals(400, http.get("/admin/dashboard/summary?env=staging").status());
    }

    private static int total(JsonObject summary) {
        return summary.getJsonObject("orders").getInt("total");
    }

    @Test
    void aLostPushIsRecoveredByTheSweep() {
        String sku = seedVariant(3);
        String sn = "SN" + unique(10);
        long t = Instant.now().getEpochSecond();
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        shopee.fake.addLostPush(FakeShopee.orderStatusPush(shopee.shopId, sn, "READY_TO_SHIP", t));
        Http.Reply sweep = http.post("/admin/connectors/shopee/reconcile?kind=lost_push", "");
        assertEquals(200, sweep.status(), sweep.body());
        assertTrue(sweep.json().getInt("stored") >= 1, sweep.body());
        assertEquals(0, shopee.fake.unconfirmedLostPushes(), "confirmed once stored");
        awaitOrderStatus(sn, "placed");
    }

    @Test
    void aMissedPushIsRecoveredByPolling() {
        String sku = seedVariant(3);
        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, "READY_TO_SHIP", sku, 1));
        Http.Reply poll = http.post("/admin/connectors/shopee/reconcile?kind=poll", "");
        assertEquals(200, poll.status(), poll.body());
        assertTrue(poll.json().getInt("seen") >= 1, poll.body());
        awaitOrderStatus(sn, "placed");
        // Polling again finds nothing new for this order.
        Http.Reply again = http.post("/admin/connectors/shopee/reconcile?kind=poll", "");
        assertEquals(0, again.json().getInt("stored"), again.body());
    }
}
