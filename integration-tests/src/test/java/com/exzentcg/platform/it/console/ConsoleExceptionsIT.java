package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeOrder;
import com.exzentcg.platform.connector.shopee.fake.FakeOrderItem;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.connector.ShopeeFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exceptions and Shopee events in a browser, each raised by a real signed push to a fake Shopee:
 * an admin fixes an unknown SKU in one flow (map the Shopee SKU onto a stocked variant, retry) and
 * the order appears with that variant's stock reserved, or sees what still holds it; operators retry and resolve but cannot map; viewers
 * see everything and act on nothing; the push behind it is readable and can be reprocessed.
 */
class ConsoleExceptionsIT extends ConsoleTest {

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http admin = shopee.http;
    private ShopeeFixture.ActiveShop shop;

    @BeforeEach
    void shop() {
        shop = shopee.activeSandboxShop();
    }

    @AfterEach
    void closeShopee() {
        shopee.close();
    }

    /** A Shopee order for one unknown SKU, pushed as READY_TO_SHIP; returns the open SKU_NOT_FOUND. */
    private JsonObject unknownSkuException(String orderSn, String unknownSku) {
        long now = Instant.now().getEpochSecond();
        shopee.fake.putOrder(FakeOrder.of(shopee.shopId, orderSn, "READY_TO_SHIP", now - 60).withStatus("READY_TO_SHIP", now)
                .withTotal("SGD", new BigDecimal("12.50"))
                .withItem(new FakeOrderItem(9001, "", 9101, unknownSku, 1, new BigDecimal("12.50"), new BigDecimal("12.50"))));
        String body = FakeShopee.orderStatusPush(shopee.shopId, orderSn, "READY_TO_SHIP", now);
        assertEquals(200, shopee.fake.sendPush(shop.webhookUrl(), shopee.pushKey, body));
        return Await.until("SKU_NOT_FOUND for " + orderSn, () -> admin.get("/admin/exceptions?status=open&type=SKU_NOT_FOUND&env=sandbox&limit=500")
                .json().getJsonArray("exceptions").getValuesAs(JsonObject.class).stream()
                .filter(e -> orderSn.equals(e.getString("reference", null))).findFirst());
    }

    private Optional<JsonObject> platformOrder(String orderSn) {
        return admin.get("/admin/orders?channel=shopee&env=sandbox&q=" + orderSn).json().getJsonArray("orders")
                .getValuesAs(JsonObject.class).stream().filter(o -> orderSn.equals(o.getString("external_ref", null))).findFirst();
    }

    private String row(String id) {
        return "[data-table=exceptions] tr[data-row='" + id + "']";
    }

    private JsonObject level(String sku) {
        return admin.get("/admin/inventory/levels?sku=" + sku + "&location_id=" + shop.locationId()).json()
                .getJsonArray("levels").getJsonObject(0);
    }

    private String variantId(String sku) {
        return admin.get("/admin/variants?sku=" + sku).json().getJsonArray("variants").getJsonObject(0).getString("id");
    }

    /** The mapping of a Shopee SKU, through the API. */
    private Optional<JsonObject> mappingOf(String shopeeSku) {
        return admin.get("/admin/connectors/shopee/sku-mappings?q=" + shopeeSku).json().getJsonArray("sku_mappings")
                .getValuesAs(JsonObject.class).stream().filter(m -> shopeeSku.equals(m.getString("shopee_sku"))).findFirst();
    }

    /** Opens the Map SKU dialog of an exception and picks the variant for its (single) unknown SKU. */
    private void mapOnto(String exceptionId, String unknownSku, String sku, String variantId) {
        console.click("[data-map-sku='" + exceptionId + "']");
        console.type("[data-variant-search='" + unknownSku + "']", sku);
        console.click("[data-variant-option='" + variantId + "']");
        console.waitFor("[data-variant-chosen='" + variantId + "']");
        console.click("[data-map-submit]");
    }

    @Test
    void anAdminMapsAnUnknownShopeeSkuOntoAStockedVariantAndTheHeldOrderIsCreated() {
        String orderSn = "SN" + ShopeeFixture.unique(10);
        String unknownSku = "OP-" + ShopeeFixture.unique(8);
        JsonObject problem = unknownSkuException(orderSn, unknownSku);
        String id = problem.getString("id");
        assertEquals(List.of(unknownSku), problem.getJsonArray("skus").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "the exception names the unknown SKU as data");

        // The card is in the catalog under the shop's own SKU, with stock on the shop's shelf.
        String stocked = shopee.seedVariant(shop.locationId(), "pokemon", 3);
        String variantId = variantId(stocked);
        int reservedBefore = level(stocked).getInt("reserved");

        console.loginAs(Http.newStaff("admin"));
        console.go("/exceptions?status=open&type=SKU_NOT_FOUND&env=sandbox");
        console.waitFor(row(id) + " [data-unknown-sku='" + unknownSku + "']");
        assertEquals("SKU_NOT_FOUND", console.waitFor("select[data-filter=type]").getAttribute("value"));
        console.screenshot("exceptions");

        mapOnto(id, unknownSku, stocked, variantId);
        console.waitFor("[data-map-outcome=resolved]");
        String orderId = console.waitFor("[data-created-order]").getAttribute("data-created-order");
        console.waitFor("[data-map-line='" + unknownSku + "'] [data-mapped-to='" + stocked + "']");
        console.screenshot("exceptions-mapped");

        // Through the API: resolved, a mapping (the variant keeps its SKU), the order holds the stocked variant.
        JsonObject after = admin.get("/admin/exceptions/" + id).json();
        assertEquals("resolved", after.getString("status"), after.toString());
        assertEquals(stocked, admin.get("/admin/variants/" + variantId).json().getString("sku"));
        JsonObject mapping = mappingOf(unknownSku).orElseThrow(() -> new AssertionError("no mapping of " + unknownSku));
        assertEquals(stocked, mapping.getString("sku"));
        assertEquals(variantId, mapping.getString("variant_id"));
        JsonObject order = platformOrder(orderSn).orElseThrow(() -> new AssertionError("no order for " + orderSn));
        assertEquals(orderId, order.getString("id"));
        assertEquals("placed", order.getString("status"));
        assertEquals(stocked, admin.get("/admin/orders/" + orderId).json().getJsonArray("items").getJsonObject(0).getString("sku"));
        JsonObject level = level(stocked);
        assertEquals(3, level.getInt("stocked"), level.toString());
        assertEquals(reservedBefore + 1, level.getInt("reserved"), level.toString());

        // The order it created, with its Shopee block.
        console.click("[data-created-order]");
        console.waitForUrl("/app/orders/" + orderId);
        console.waitForText("[data-order-sn]", orderSn);
        console.waitFor("[data-shopee-status=READY_TO_SHIP]");
        console.waitFor("[data-timeline-entry=stock][data-movement=reservation]");
        console.screenshot("order-detail-shopee");
    }

    @Test
    void aMappedOrderStillShortOfStockSaysWhyLinksToStockAndRetriesOnceStocked() {
        String orderSn = "SN" + ShopeeFixture.unique(10);
        String unknownSku = "OP-" + ShopeeFixture.unique(8);
        String id = unknownSkuException(orderSn, unknownSku).getString("id");
        // The variant it means has nothing available yet.
        String empty = shopee.seedVariant(shop.locationId(), "pokemon", 0);
        String emptyId = variantId(empty);

        console.loginAs(Http.newStaff("admin"));
        console.go("/exceptions?status=open&type=SKU_NOT_FOUND");
        mapOnto(id, unknownSku, empty, emptyId);
        console.waitFor("[data-map-outcome=held]");
        String reason = console.waitFor("[data-held-reason]").getText();
        assertTrue(reason.contains("Not enough stock"), reason);
        String adjust = console.waitFor("[data-adjust-stock='" + empty + "']").getAttribute("href");
        assertTrue(adjust.endsWith("/app/inventory?sku=" + empty), adjust);
        console.screenshot("exceptions-held");

        // Mapped, yet held: the SKU_NOT_FOUND stays open and no order exists.
        assertEquals(empty, mappingOf(unknownSku).orElseThrow().getString("sku"));
        assertEquals("open", admin.get("/admin/exceptions/" + id).json().getString("status"));
        assertTrue(platformOrder(orderSn).isEmpty());

        // Stock arrives; the same dialog now only retries (the mapping is not made twice).
        shopee.adjust(empty, shop.locationId(), 2);
        console.waitForText("[data-map-submit]", "Retry");
        console.click("[data-map-submit]");
        console.waitFor("[data-map-outcome=resolved]");
        console.waitFor("[data-created-order]");
        assertEquals("resolved", admin.get("/admin/exceptions/" + id).json().getString("status"));
        assertEquals("placed", platformOrder(orderSn).orElseThrow().getString("status"));
        assertEquals(1, level(empty).getInt("reserved"));
        assertEquals(1, admin.get("/admin/connectors/shopee/sku-mappings?q=" + unknownSku).json().getInt("count"));
    }

    @Test
    void operatorsRetryAndResolveButCannotMapAndViewersSeeNoActions() {
        String orderSn = "SN" + ShopeeFixture.unique(10);
        String id = unknownSkuException(orderSn, "OP-" + ShopeeFixture.unique(8)).getString("id");

        console.loginAs(Http.newStaff("viewer"));
        console.go("/exceptions?status=open&type=SKU_NOT_FOUND&env=sandbox");
        console.waitFor(row(id));
        // Looked up by the Shopee order number, the list is that one exception.
        console.type("input[data-filter=reference]", orderSn);
        console.waitForUrl("reference=" + orderSn);
        console.until("only " + id + " listed", d -> console.all("[data-table=exceptions] tr[data-row]").size() == 1
                && !console.all(row(id)).isEmpty() ? true : null);
        assertTrue(console.all(row(id) + " [data-retry], " + row(id) + " [data-resolve], " + row(id) + " [data-map-sku]").isEmpty(),
                "a viewer is offered no action");
        console.click("[data-logout]");
        console.waitFor("[data-form=login]");

        Http.StaffMember operator = Http.newStaff("operator");
        console.loginAs(operator);
        console.go("/exceptions?status=open&type=SKU_NOT_FOUND&env=sandbox");
        console.waitFor(row(id) + " [data-retry]");
        assertTrue(console.all(row(id) + " [data-map-sku]").isEmpty(), "mapping changes the catalog: admins only");

        // Retrying without a fix holds the order again, and says so.
        console.click(row(id) + " [data-retry]");
        console.waitForText("[data-notice=error]", "held");
        assertEquals("open", admin.get("/admin/exceptions/" + id).json().getString("status"));

        console.click(row(id) + " [data-resolve]");
        console.click("[data-confirm]");
        console.waitForText("[data-notice=success]", "resolved");
        console.waitGone(row(id));
        JsonObject resolved = admin.get("/admin/exceptions/" + id).json();
        assertEquals("resolved", resolved.getString("status"));
        assertEquals(operator.id(), resolved.getString("resolved_by"), resolved.toString());
    }

    @Test
    void theHeldPushIsReadableOnTheEventsPageAndAnOperatorReprocessesIt() {
        String orderSn = "SN" + ShopeeFixture.unique(10);
        JsonObject problem = unknownSkuException(orderSn, "OP-" + ShopeeFixture.unique(8));
        String eventId = problem.getString("event_id");

        console.loginAs(Http.newStaff("operator"));
        console.go("/events?env=sandbox&status=held");
        console.waitFor("[data-table=events] tr[data-row='" + eventId + "']");
        console.select("select[data-filter=signature_ok]", "true");
        console.waitForUrl("signature_ok=true");
        console.click("[data-open-event='" + eventId + "']");
        console.waitForUrl("id=" + eventId);
        console.waitForText("[data-event-body]", orderSn);
        console.waitFor("[data-event-status=held]");
        console.screenshot("events");

        console.click("[data-reprocess='" + eventId + "']");
        console.click("[data-confirm]");
        console.waitForText("[data-notice]", "held");
        assertEquals(2, admin.get("/admin/exceptions/" + problem.getString("id")).json().getInt("occurrences"),
                "the reprocessed push was held again for the same SKU");

        // A viewer opens the same link and reads it, but has no reprocess button.
        console.go("/");
        console.click("[data-logout]");
        console.waitFor("[data-form=login]");
        console.loginAs(Http.newStaff("viewer"));
        console.go("/events?id=" + eventId);
        console.waitForText("[data-event-body]", orderSn);
        assertTrue(console.all("[data-reprocess]").isEmpty(), "viewers cannot reprocess");
    }
}
