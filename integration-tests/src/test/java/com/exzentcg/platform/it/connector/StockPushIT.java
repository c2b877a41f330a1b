package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
 * Platform stock out to (fake) Shopee: listings map models to SKUs, committed stock changes are
 * debounced into one update_stock per item, failures retry and then surface, and a push never
 * goes below Shopee's reserved promotion stock. The failsafe settings make the debounce 1.5 s,
 * the timer 1 s, and give up after 3 attempts 300 ms apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockPushIT {

    private static final AtomicLong ITEMS = new AtomicLong(880_000_000L + (System.nanoTime() % 1_000_000));
    private static final long DEBOUNCE_MILLIS = 1500;

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

    private String seedVariant(int stock) {
        return shopee.seedVariant(locationId, "magic", stock);
    }

    private void adjust(String sku, int delta) {
        shopee.adjust(sku, locationId, delta);
    }

    /** Lists one model of a new item at the fake (a shop without warehouses) and refreshes the platform's listings. */
    private long listedItem(long modelId, String sku, int shopeeStock, int reserved) {
        long itemId = ITEMS.incrementAndGet();
        shopee.fake.putModel(shopee.shopId, itemId, modelId, sku.toLowerCase(), null, shopeeStock, reserved);
        Http.Reply refreshed = http.post(ShopeeFixture.PROFILES + "/" + profileId + "/listings/refresh",
                "{\"item_ids\": [" + itemId + "]}");
        assertEquals(200, refreshed.status(), refreshed.body());
        JsonObject outcome = refreshed.json().getJsonArray("items").getJsonObject(0);
        assertEquals(1, outcome.getInt("models"), outcome.toString());
        return itemId;
    }

    private JsonObject listing(long itemId) {
        return http.get(ShopeeFixture.PROFILES + "/" + profileId + "/listings?item_id=" + itemId).json()
                .getJsonArray("listings").getJsonObject(0);
    }

    private Optional<JsonObject> stockPush(long itemId, String status) {
        return http.get("/admin/connectors/shopee/stock-pushes?profile_id=" + profileId + "&item_id=" + itemId
                        + (status == null ? "" : "&status=" + status)).json()
                .getJsonArray("stock_pushes").getValuesAs(JsonObject.class).stream().findFirst();
    }

    private Optional<JsonObject> openException(String type, String reference) {
        return http.get("/admin/exceptions?status=open&type=" + type + "&limit=500").json().getJsonArray("exceptions")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> profileId.equals(e.getString("profile_id", null)) && reference.equals(e.getString("reference", null)))
                .findFirst();
    }

    private Integer shopeeStock(long itemId, long modelId) {
        return shopee.fake.stock(shopee.shopId, itemId, modelId, null);
    }

    private int updateStockCalls(long itemId) {
        return (int) shopee.fake.callsTo(FakeShopee.UPDATE_STOCK).stream()
                .filter(c -> c.body().contains("\"item_id\":" + itemId)).count();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        return Await.until(what, probe);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Long enough for a (wrongly) queued push to have been made: debounce plus two timer passes. */
    private static void quietPeriod() {
        pause(DEBOUNCE_MILLIS + 2_500);
    }

    @Test
    void refreshMapsModelsToSkusAndRecordsReservedStock() {
        String sku = seedVariant(2);
        long itemId = listedItem(31, sku, 9, 2);
        JsonObject listed = listing(itemId);
        assertEquals(31, listed.getJsonNumber("model_id").longValue());
        assertEquals(sku, listed.getString("sku"), "the model SKU, normalised, is the platform SKU");
        assertTrue(listed.getString("variant_id").startsWith("var_"), listed.toString());
        assertEquals(2, listed.getInt("reserved_stock"));
        assertEquals(9, listed.getInt("shopee_stock"));
        assertTrue(listed.isNull("location_id"), "a shop without warehouses has no stock location");

        Http.Reply unknown = http.post(ShopeeFixture.PROFILES + "/" + profileId + "/listings/refresh", "{\"item_ids\": [42]}");
        assertEquals(200, unknown.status(), unknown.body());
        assertTrue(unknown.json().getJsonArray("items").getJsonObject(0).getString("error").contains("error_item_not_found"));
        assertEquals(400, http.post(ShopeeFixture.PROFILES + "/" + profileId + "/listings/refresh", "{\"item_ids\": []}").status());
        assertEquals(403, Http.withRole("operator").post(ShopeeFixture.PROFILES + "/" + profileId + "/listings/refresh",
                "{\"item_ids\": [" + itemId + "]}").status());
        assertEquals(0, updateStockCalls(itemId), "refreshing listings pushes nothing");
    }

    @Test
    void aBurstOfTenChangesIsOneUpdateStockWithTheFinalQuantity() {
        String sku = seedVariant(5);
        long itemId = listedItem(0, sku, 5, 0);
        for (int i = 0; i < 10; i++) {
            adjust(sku, i % 3 == 2 ? -1 : 2); // +2 +2 -1 … : 5 + 7×2 − 3 = 16
        }
        await("stock 16 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 0)).filter(s -> s == 16));
        quietPeriod();
        assertEquals(1, updateStockCalls(itemId), shopee.fake.callsTo(FakeShopee.UPDATE_STOCK).toString());
        assertEquals(16, shopeeStock(itemId, 0));

        JsonObject push = await("push sent", () -> stockPush(itemId, "sent"));
        assertEquals(0, push.getInt("attempts"));
        assertTrue(push.isNull("last_error"), push.toString());
        assertEquals(16, push.getJsonArray("models").getJsonObject(0).getInt("last_pushed_stock"));
        assertEquals(16, listing(itemId).getInt("last_pushed_stock"));
    }

    @Test
    void aChangeOfAnUnlistedSkuPushesNothing() {
        String listedSku = seedVariant(1);
        long itemId = listedItem(0, listedSku, 1, 0);
        String unlisted = seedVariant(0);
        adjust(unlisted, 3);
        quietPeriod();
        assertTrue(shopee.fake.callsTo(FakeShopee.UPDATE_STOCK).isEmpty(), shopee.fake.calls().toString());
        assertTrue(stockPush(itemId, null).isEmpty());
    }

    @Test
    void aRefusedUpdateIsRetriedUntilItSucceeds() {
        String sku = seedVariant(2);
        long itemId = listedItem(5, sku, 2, 0);
        shopee.fake.failNext(FakeShopee.UPDATE_STOCK, "error_holiday_mode_change_stock", "Shop is in holiday mode.", 1);
        adjust(sku, 1);
        await("stock 3 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 5)).filter(s -> s == 3));
        assertEquals(2, updateStockCalls(itemId));
        JsonObject push = await("push sent", () -> stockPush(itemId, "sent"));
        assertEquals(0, push.getInt("attempts"));
    }

    @Test
    void persistentFailureRaisesStockPushFailedAndParksUntilTheNextChange() {
        String sku = seedVariant(2);
        long itemId = listedItem(6, sku, 2, 0);
        shopee.fake.failNext(FakeShopee.UPDATE_STOCK, "error_holiday_mode_change_stock", "Shop is in holiday mode.", 20);
        adjust(sku, 1);
        JsonObject problem = await("STOCK_PUSH_FAILED for item " + itemId,
                () -> openException("STOCK_PUSH_FAILED", Long.toString(itemId)));
        assertTrue(problem.getString("message").contains("error_holiday_mode_change_stock"), problem.toString());
        JsonObject parked = await("push parked", () -> stockPush(itemId, "failed"));
        assertEquals(3, parked.getInt("attempts"));
        assertTrue(parked.getString("last_error").contains("holiday"), parked.toString());
        quietPeriod();
        assertEquals(3, updateStockCalls(itemId), "a parked push is not retried on its own");

        // Shopee is back; the next change pushes, and the exception resolves itself.
        shopee.fake.clearFaults();
        adjust(sku, 1);
        await("stock 4 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 6)).filter(s -> s == 4));
        await("exception resolved", () -> openException("STOCK_PUSH_FAILED", Long.toString(itemId)).isEmpty()
                ? Optional.of(true) : Optional.empty());
        assertEquals("resolved", http.get("/admin/exceptions/" + problem.getString("id")).json().getString("status"));
    }

    @Test
    void reservedPromotionStockIsNeverUndercut() {
        String sku = seedVariant(0);
        long itemId = listedItem(7, sku, 3, 3);
        adjust(sku, 1);
        await("stock 3 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 7)).filter(s -> s == 3));
        JsonObject shortage = await("STOCK_SHORTAGE for the model", () -> openException("STOCK_SHORTAGE", itemId + "/7"));
        assertTrue(shortage.getString("message").contains("3 reserved"), shortage.toString());
        assertTrue(shortage.getString("message").contains("only 1 available"), shortage.toString());
        JsonObject push = await("push sent", () -> stockPush(itemId, "sent"));
        assertEquals(3, push.getJsonArray("models").getJsonObject(0).getInt("last_pushed_stock"));
    }

    @Test
    void aReservedStockPushRaisesTheFloorAndPushesAgain() {
        String sku = seedVariant(2);
        long itemId = listedItem(8, sku, 2, 0);
        long now = Instant.now().getEpochSecond();
        String body = "{\"data\":{\"item_id\":" + itemId + ",\"model_id\":8,\"reserved_stock\":5},\"shop_id\":"
                + shopee.shopId + ",\"code\":8,\"timestamp\":" + now + "}";
        assertEquals(200, shopee.fake.sendPush(webhookUrl, shopee.pushKey, body));
        await("stock 5 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 8)).filter(s -> s == 5));
        assertEquals(5, listing(itemId).getInt("reserved_stock"));
        // Raised in its own transaction once Shopee has taken the push, so it may trail the stock.
        await("STOCK_SHORTAGE for " + itemId + "/8", () -> openException("STOCK_SHORTAGE", itemId + "/8"));
    }

    @Test
    void aShopeeSkuMappedToAVariantIsPushedThatVariantsStock() {
        String sku = seedVariant(6);
        String shopeeSku = "SHP-" + ShopeeFixture.unique(8);
        // Listed (refreshed) before the mapping exists: its SKU names no variant, nothing is pushed.
        long itemId = listedItem(12, shopeeSku, 0, 0);
        assertEquals(shopeeSku, listing(itemId).getString("sku"));
        assertTrue(listing(itemId).isNull("variant_id"));

        Http.Reply mapped = http.post("/admin/connectors/shopee/sku-mappings",
                "{\"shopee_sku\": \"" + shopeeSku + "\", \"sku\": \"" + sku + "\"}");
        assertEquals(201, mapped.status(), mapped.body());
        JsonObject relisted = listing(itemId);
        assertEquals(sku, relisted.getString("sku"), "the listing follows the mapping in the same commit");
        assertEquals(shopeeSku.toLowerCase(), relisted.getString("model_sku"));
        assertTrue(relisted.getString("variant_id").startsWith("var_"), relisted.toString());
        // The mapping itself queues a push of the variant's stock, and later changes follow.
        await("stock 6 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 12)).filter(s -> s == 6));
        adjust(sku, -2);
        await("stock 4 at Shopee", () -> Optional.ofNullable(shopeeStock(itemId, 12)).filter(s -> s == 4));

        // A refresh keeps the mapped SKU.
        Http.Reply refreshed = http.post(ShopeeFixture.PROFILES + "/" + profileId + "/listings/refresh",
                "{\"item_ids\": [" + itemId + "]}");
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals(sku, listing(itemId).getString("sku"));

        // Deleted: the model sells its own (unknown) SKU again and is left alone.
        assertEquals(204, http.delete("/admin/connectors/shopee/sku-mappings/" + mapped.json().getString("id")).status());
        assertEquals(shopeeSku, listing(itemId).getString("sku"));
        int calls = updateStockCalls(itemId);
        adjust(sku, 1);
        quietPeriod();
        assertEquals(calls, updateStockCalls(itemId), shopee.fake.callsTo(FakeShopee.UPDATE_STOCK).toString());
        assertEquals(4, shopeeStock(itemId, 12));
    }

    @Test
    void unknownStatusFilterIsRefused() {
        Http.Reply reply = http.get("/admin/connectors/shopee/stock-pushes?status=lost");
        assertEquals(400, reply.status(), reply.body());
    }
}
