package com.exzentcg.platform.connector.shopee.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario data for one order. Build with {@link #of} and the {@code with…} methods; times are Unix
 * seconds.
 */
public record FakeOrder(long shopId, String orderSn, String region, String currency, String status,
                        long createTime, long updateTime, BigDecimal totalAmount, long buyerUserId,
                        String buyerUsername, String recipientName, String recipientPhone, String fullAddress,
                        List<FakeOrderItem> items) {

    public FakeOrder {
        items = List.copyOf(items);
    }

    public static FakeOrder of(long shopId, String orderSn, String status, long createTime) {
        return new FakeOrder(shopId, orderSn, "SG", "SGD", status, createTime, createTime, BigDecimal.ZERO,
                1001L, "buyer_" + orderSn.toLowerCase(), "Tan Ah Kow", "6591234567",
                "1 Example Road, #01-01, Singapore 123456", List.of());
    }

    public FakeOrder withItem(FakeOrderItem item) {
        List<FakeOrderItem> more = new ArrayList<>(items);
        more.add(item);
        return new FakeOrder(shopId, orderSn, region, currency, status, createTime, updateTime, totalAmount,
                buyerUserId, buyerUsername, recipientName, recipientPhone, fullAddress, more);
    }

    public FakeOrder withTotal(String currency, BigDecimal totalAmount) {
        return new FakeOrder(shopId, orderSn, region, currency, status, createTime, updateTime, totalAmount,
                buyerUserId, buyerUsername, recipientName, recipientPhone, fullAddress, items);
    }

    public FakeOrder withStatus(String status, long updateTime) {
        return new FakeOrder(shopId, orderSn, region, currency, status, createTime, updateTime, totalAmount,
                buyerUserId, buyerUsername, recipientName, recipientPhone, fullAddress, items);
    }
}
