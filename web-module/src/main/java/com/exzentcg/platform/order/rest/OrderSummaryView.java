package com.exzentcg.platform.order.rest;

import com.exzentcg.platform.catalog.rest.MoneyView;
import com.exzentcg.platform.order.Order;
import java.time.Instant;

/** An order in the list: enough to pick it, without lines or history. */
public record OrderSummaryView(String id, String channel, String environment, String externalRef, String status,
        String paymentStatus, String fulfilmentStatus, MoneyView total, String customerName, String locationId,
        Instant createdAt, Instant updatedAt) {

    public static OrderSummaryView from(Order o) {
        return new OrderSummaryView(o.id(), o.channel(), o.environment(), o.externalRef(), o.status().wireName(),
                o.paymentStatus().wireName(), o.fulfilmentStatus().wireName(), MoneyView.from(o.total()),
                o.customer().name(), o.locationId(), o.createdAt().toInstant(), o.updatedAt().toInstant());
    }
}
