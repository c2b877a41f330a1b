package com.exzentcg.platform.connector.shopee;

import java.util.List;

/**
 * One page of {@code get_order_list}.
 *
 * @param nextCursor pass to the next call; empty when {@code more} is false
 */
public record OrderPage(List<Entry> orders, boolean more, String nextCursor) {

    public OrderPage {
        orders = List.copyOf(orders);
    }

    /** @param orderStatus null unless Shopee sent it */
    public record Entry(String orderSn, String orderStatus) {
    }
}
