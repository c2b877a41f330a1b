package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.Model;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.StockEntry;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.Warehouse;
import com.exzentcg.platform.connector.shopee.fake.FakeCall;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.SHOP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeStockAndPushTest {

    private static final long ITEM = 800001;

    private final ShopeeTestbed bed = new ShopeeTestbed();
    private final ShopeeClient client = bed.client();
    private ShopeeShop shop;

    @BeforeEach
    void seed() {
        shop = bed.authorizedShop();
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void a_shop_without_warehouses_has_none() {
        assertEquals(List.of(), client.getWarehouseDetail(shop));
    }

    @Test
    void warehouses_of_a_multi_warehouse_shop() {
        bed.fake.putWarehouse(SHOP_ID, 1, "Main", "SGZ").putWarehouse(SHOP_ID, 2, "Overflow", "SGW");

        List<Warehouse> warehouses = client.getWarehouseDetail(shop);
        assertEquals(List.of("SGZ", "SGW"), warehouses.stream().map(Warehouse::locationId).toList());
        assertEquals("Main", warehouses.get(0).warehouseName());
        assertEquals(1, warehouses.get(0).warehouseType());
    }

    @Test
    void models_with_stock_per_location() {
        bed.fake.putWarehouse(SHOP_ID, 1, "Main", "SGZ")
                .putModel(SHOP_ID, ITEM, 9001, "PKM-BOX-JP", "SGZ", 7, 2)
                .putModel(SHOP_ID, ITEM, 9001, "PKM-BOX-JP", "SGW", 3, 2)
                .putModel(SHOP_ID, ITEM, 9002, "PKM-BOX-EN", "SGZ", 0, 0);

        List<Model> models = client.getModelList(shop, ITEM);
        assertEquals(2, models.size());
        Model jp = models.get(0);
        assertEquals(9001, jp.modelId());
        assertEquals("PKM-BOX-JP", jp.modelSku());
        assertEquals(10, jp.totalAvailableStock());
        assertEquals(2, jp.totalReservedStock());
        assertEquals(List.of(new Model.LocationStock("SGW", 3, true), new Model.LocationStock("SGZ", 7, true)),
                jp.sellerStock());
    }

    @Test
    void an_unknown_item_is_an_error() {
        assertEquals("error_item_not_found",
                assertThrows(ShopeeApiException.class, () -> client.getModelList(shop, 1)).error());
    }

    @Test
    void updates_stock_per_location() {
        bed.fake.putWarehouse(SHOP_ID, 1, "Main", "SGZ").putModel(SHOP_ID, ITEM, 9001, "PKM-BOX-JP", "SGZ", 7, 2);

        StockUpdateResult result = client.updateStock(shop, ITEM, List.of(new StockEntry(9001, "SGZ", 12)));

        assertTrue(result.allSucceeded());
        assertEquals(List.of(new StockUpdateResult.Success(9001, "SGZ", 12)), result.successes());
        assertEquals(12, bed.fake.stock(SHOP_ID, ITEM, 9001, "SGZ"));
        FakeCall call = bed.fake.callsTo(FakeShopee.UPDATE_STOCK).get(0);
        assertEquals("POST", call.method());
        assertEquals("{\"item_id\":800001,\"stock_list\":[{\"model_id\":9001,\"seller_stock\":"
                + "[{\"location_id\":\"SGZ\",\"stock\":12}]}]}", call.body());
    }

    @Test
    void updates_stock_without_location_for_a_plain_shop() {
        bed.fake.putModel(SHOP_ID, ITEM, 0, "", null, 1, 0);

        assertTrue(client.updateStock(shop, ITEM, List.of(new StockEntry(0, null, 4))).allSucceeded());
        assertEquals(4, bed.fake.stock(SHOP_ID, ITEM, 0, null));
        assertFalse(bed.fake.callsTo(FakeShopee.UPDATE_STOCK).get(0).body().contains("location_id"));
    }

    @Test
    void stock_below_reserved_is_a_per_entry_failure() {
        bed.fake.putWarehouse(SHOP_ID, 1, "Main", "SGZ")
                .putModel(SHOP_ID, ITEM, 9001, "PKM-BOX-JP", "SGZ", 7, 5)
                .putModel(SHOP_ID, ITEM, 9002, "PKM-BOX-EN", "SGZ", 1, 0);

        StockUpdateResult result = client.updateStock(shop, ITEM,
                List.of(new StockEntry(9001, "SGZ", 3), new StockEntry(9002, "SGZ", 6)));

        assertFalse(result.allSucceeded());
        assertEquals(List.of(new StockUpdateResult.Success(9002, "SGZ", 6)), result.successes());
        assertEquals(9001, result.failures().get(0).modelId());
        assertTrue(result.failures().get(0).reason().contains("reserved"), result.failures().get(0).reason());
        assertEquals(7, bed.fake.stock(SHOP_ID, ITEM, 9001, "SGZ"), "unchanged");
    }

    @Test
    void a_multi_warehouse_shop_needs_a_location() {
        bed.fake.putWarehouse(SHOP_ID, 1, "Main", "SGZ").putModel(SHOP_ID, ITEM, 9001, "PKM-BOX-JP", "SGZ", 7, 0);

        ShopeeApiException e = assertThrows(ShopeeApiException.class,
                () -> client.updateStock(shop, ITEM, List.of(new StockEntry(9001, null, 3))));
        assertEquals("error_busi", e.error());
    }

    @Test
    void fetches_and_confirms_lost_pushes() {
        String first = FakeShopee.orderStatusPush(SHOP_ID, "2510SN1", "READY_TO_SHIP", 1_760_000_100L);
        String second = FakeShopee.orderStatusPush(SHOP_ID, "2510SN1", "PROCESSED", 1_760_000_200L);
        bed.fake.addLostPush(first);
        bed.fake.addLostPush(second);
        bed.fake.addLostPush("{\"code\":12,\"timestamp\":1760000300,\"data\":{\"expire_before\":1760600000}}");

        LostPushPage page = client.getLostPushMessages(bed.partner);
        assertEquals(3, page.messages().size());
        assertFalse(page.hasNextPage());
        assertEquals(3, page.lastMessageId());
        LostPushPage.Message message = page.messages().get(0);
        assertEquals(SHOP_ID, message.shopId());
        assertEquals(3, message.code());
        assertEquals(1_760_000_100L, message.timestamp());
        assertEquals(first, message.data(), "the original envelope, byte for byte");
        assertNull(page.messages().get(2).shopId(), "partner-level push");

        client.confirmLostPushMessages(bed.partner, page.lastMessageId());
        assertEquals(0, bed.fake.unconfirmedLostPushes());
        assertTrue(client.getLostPushMessages(bed.partner).messages().isEmpty());
        assertEquals("{\"last_message_id\":3}", bed.fake.callsTo(FakeShopee.CONFIRM_LOST_PUSH).get(0).body());
    }

    @Test
    void lost_pushes_come_a_hundred_at_a_time() {
        for (int i = 0; i < 130; i++) {
            bed.fake.addLostPush(FakeShopee.orderStatusPush(SHOP_ID, "SN" + i, "UNPAID", 1_760_000_000L + i));
        }
        LostPushPage first = client.getLostPushMessages(bed.partner);
        assertEquals(100, first.messages().size());
        assertTrue(first.hasNextPage());

        client.confirmLostPushMessages(bed.partner, first.lastMessageId());
        LostPushPage second = client.getLostPushMessages(bed.partner);
        assertEquals(30, second.messages().size());
        assertFalse(second.hasNextPage());
    }
}
