package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shopee's JSON is loose; the translator reads it the way Shopee actually writes it. */
class ShopeeJsonTest {

    @Test
    void token_fields_are_read_at_top_level() {
        TokenGrant grant = ShopeeJson.tokenGrant(ShopeeJson.parseOrNull(
                "{\"request_id\":\"r1\",\"error\":\"\",\"message\":\"\",\"access_token\":\"a\","
                        + "\"refresh_token\":\"b\",\"expire_in\":13859}"));
        assertEquals(new TokenGrant("a", "b", 13859, "r1"), grant);
    }

    @Test
    void numbers_sent_as_strings_and_missing_optionals_are_tolerated() {
        OrderDetail order = ShopeeJson.orderDetails(ShopeeJson.parseOrNull(
                "{\"response\":{\"order_list\":[{\"order_sn\":\"A\",\"order_status\":\"UNPAID\","
                        + "\"create_time\":\"1660000000\",\"update_time\":1660000001,\"total_amount\":\"32119\","
                        + "\"item_list\":[{\"item_id\":\"5\",\"model_quantity_purchased\":1,"
                        + "\"model_original_price\":1.5,\"model_discounted_price\":0}]}]}}")).get(0);

        assertEquals(1660000000, order.createTime());
        assertEquals(new BigDecimal("32119"), order.totalAmount());
        assertNull(order.payTime());
        assertNull(order.recipient());
        assertEquals(5, order.items().get(0).itemId());
        assertEquals(new BigDecimal("1.5"), order.items().get(0).originalPrice());
        assertTrue(order.packages().isEmpty());
    }

    @Test
    void lost_push_data_as_an_embedded_object_is_kept_as_json_text() {
        LostPushPage page = ShopeeJson.lostPushPage(ShopeeJson.parseOrNull(
                "{\"response\":{\"push_message_list\":[{\"shop_id\":7,\"code\":3,\"timestamp\":1,"
                        + "\"data\":{\"ordersn\":\"X\"}}],\"has_next_page\":false,\"last_message_id\":9}}"));
        assertEquals("{\"ordersn\":\"X\"}", page.messages().get(0).data());
        assertEquals(9, page.lastMessageId());
    }

    @Test
    void a_missing_cursor_reads_as_end() {
        OrderPage page = ShopeeJson.orderPage(ShopeeJson.parseOrNull("{\"response\":{\"more\":false}}"));
        assertEquals("", page.nextCursor());
        assertTrue(page.orders().isEmpty());
    }

    @Test
    void non_json_is_null_not_an_exception() {
        assertNull(ShopeeJson.parseOrNull("<html>502 Bad Gateway</html>"));
        assertNull(ShopeeJson.parseOrNull("[1,2]"));
        assertNull(ShopeeJson.parseOrNull(""));
    }
}
