package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.fake.FakeCall;
import com.exzentcg.platform.connector.shopee.fake.FakeEscrow;
import com.exzentcg.platform.connector.shopee.fake.FakeOrder;
import com.exzentcg.platform.connector.shopee.fake.FakeOrderItem;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.SHOP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeOrdersTest {

    private static final long T0 = 1_760_000_000L;

    private final ShopeeTestbed bed = new ShopeeTestbed();
    private final ShopeeClient client = bed.client();
    private ShopeeShop shop;

    @BeforeEach
    void seed() {
        shop = bed.authorizedShop();
        for (int i = 0; i < 5; i++) {
            bed.fake.putOrder(FakeOrder.of(SHOP_ID, "2510SN" + i, "READY_TO_SHIP", T0 + i * 60));
        }
        bed.fake.putOrder(FakeOrder.of(SHOP_ID, "2510PAID", "READY_TO_SHIP", T0 + 30)
                .withTotal("SGD", new BigDecimal("37.80"))
                .withItem(new FakeOrderItem(800001, "PKM-SV1-001", 0, "", 2,
                        new BigDecimal("12.90"), new BigDecimal("11.90")))
                .withItem(new FakeOrderItem(800002, "PKM-BOX", 9001, "PKM-BOX-JP", 1,
                        new BigDecimal("15.00"), new BigDecimal("14.00"))));
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void walks_the_order_list_with_the_cursor() {
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            OrderPage page = client.getOrderList(shop, "create_time", T0, T0 + 3600, 4, cursor);
            page.orders().forEach(entry -> seen.add(entry.orderSn()));
            page.orders().forEach(entry -> assertEquals("READY_TO_SHIP", entry.orderStatus()));
            cursor = page.nextCursor();
            pages++;
            if (!page.more()) {
                assertEquals("", cursor);
                break;
            }
        } while (true);

        assertEquals(2, pages);
        assertEquals(List.of("2510SN0", "2510PAID", "2510SN1", "2510SN2", "2510SN3", "2510SN4"), seen);
    }

    @Test
    void the_order_list_filters_by_update_time() {
        bed.fake.setOrderStatus("2510SN3", "SHIPPED", T0 + 86_400);

        OrderPage page = client.getOrderList(shop, "update_time", T0 + 86_000, T0 + 90_000, 100, "");
        assertEquals(List.of(new OrderPage.Entry("2510SN3", "SHIPPED")), page.orders());
        assertFalse(page.more());
    }

    @Test
    void a_range_over_fifteen_days_is_rejected_by_shopee() {
        ShopeeApiException e = assertThrows(ShopeeApiException.class, () ->
                client.getOrderList(shop, "create_time", T0, T0 + Duration.ofDays(16).toSeconds(), 50, ""));
        assertEquals("order.order_list_invalid_time", e.error());
    }

    @Test
    void bad_arguments_are_refused_before_any_call() {
        assertThrows(IllegalArgumentException.class, () -> client.getOrderList(shop, "pay_time", T0, T0, 10, ""));
        assertThrows(IllegalArgumentException.class, () -> client.getOrderList(shop, "create_time", T0, T0, 101, ""));
        assertThrows(IllegalArgumentException.class, () -> client.getOrderDetail(shop, List.of()));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add("SN" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> client.getOrderDetail(shop, tooMany));
        assertTrue(bed.fake.callsTo(FakeShopee.ORDER_LIST).isEmpty());
    }

    @Test
    void order_detail_sends_comma_joined_numbers_and_all_optional_fields() {
        client.getOrderDetail(shop, List.of("2510SN0", "2510PAID"));

        FakeCall call = bed.fake.callsTo(FakeShopee.ORDER_DETAIL).get(0);
        assertEquals("2510SN0,2510PAID", call.param("order_sn_list"));
        assertEquals("item_list,total_amount,buyer_user_id,buyer_username,recipient_address,pay_time,"
                + "package_list,payment_method,cancel_by,cancel_reason,note", call.param("response_optional_fields"));
    }

    @Test
    void order_detail_is_parsed_into_records() {
        OrderDetail order = client.getOrderDetail(shop, List.of("2510PAID")).get(0);

        assertEquals("2510PAID", order.orderSn());
        assertEquals("SG", order.region());
        assertEquals("SGD", order.currency());
        assertEquals("READY_TO_SHIP", order.orderStatus());
        assertEquals(T0 + 30, order.createTime());
        assertEquals(T0 + 30, order.updateTime());
        assertEquals(T0 + 90, order.payTime());
        assertEquals(0, new BigDecimal("37.80").compareTo(order.totalAmount()));
        assertEquals("buyer_2510paid", order.buyerUsername());
        assertEquals("Tan Ah Kow", order.recipient().name());
        assertEquals("6591234567", order.recipient().phone());
        assertTrue(order.recipient().fullAddress().startsWith("1 Example Road"));

        assertEquals(2, order.items().size());
        OrderDetail.Item plain = order.items().get(0);
        assertEquals(800001, plain.itemId());
        assertEquals("PKM-SV1-001", plain.itemSku());
        assertEquals(0, plain.modelId());
        assertEquals(2, plain.quantity());
        assertEquals(0, new BigDecimal("12.90").compareTo(plain.originalPrice()));
        assertEquals(0, new BigDecimal("11.90").compareTo(plain.discountedPrice()));
        OrderDetail.Item variant = order.items().get(1);
        assertEquals(9001, variant.modelId());
        assertEquals("PKM-BOX-JP", variant.modelSku());
    }

    @Test
    void order_detail_answered_out_of_order_still_returns_every_order() {
        bed.fake.answerOutOfOrder(true);

        List<OrderDetail> orders = client.getOrderDetail(shop, List.of("2510SN0", "2510SN1", "2510SN2"));
        assertEquals(List.of("2510SN2", "2510SN1", "2510SN0"), orders.stream().map(OrderDetail::orderSn).toList(),
                "callers must match by order_sn, not by position");
    }

    @Test
    void status_changes_show_in_the_detail() {
        bed.fake.setOrderStatus("2510SN1", "CANCELLED", T0 + 5000);

        OrderDetail order = client.getOrderDetail(shop, List.of("2510SN1")).get(0);
        assertEquals("CANCELLED", order.orderStatus());
        assertEquals(T0 + 5000, order.updateTime());
        assertEquals("buyer", order.cancelBy());
    }

    @Test
    void an_unknown_order_is_error_not_found() {
        ShopeeApiException e = assertThrows(ShopeeApiException.class,
                () -> client.getOrderDetail(shop, List.of("NOPE")));
        assertEquals("error_not_found", e.error());
    }

    @Test
    void escrow_detail_is_parsed_with_the_raw_income() {
        bed.fake.putEscrow(new FakeEscrow("2510PAID", new BigDecimal("33.41"), new BigDecimal("37.80"),
                new BigDecimal("2.27"), new BigDecimal("1.51"), new BigDecimal("0.61"), new BigDecimal("2.50")));

        EscrowDetail escrow = client.getEscrowDetail(shop, "2510PAID");
        assertEquals("2510PAID", escrow.orderSn());
        assertEquals(new BigDecimal("33.41"), escrow.escrowAmount());
        assertEquals(new BigDecimal("37.80"), escrow.buyerTotalAmount());
        assertEquals(new BigDecimal("2.27"), escrow.commissionFee());
        assertEquals(new BigDecimal("1.51"), escrow.serviceFee());
        assertEquals(new BigDecimal("0.61"), escrow.sellerTransactionFee());
        assertEquals(new BigDecimal("2.50"), escrow.actualShippingFee());
        assertNull(escrow.escrowAmountAfterAdjustment(), "absent in Shopee's answer");
        assertTrue(escrow.orderIncomeJson().contains("\"escrow_amount\":33.41"), escrow.orderIncomeJson());
    }
}
