package com.exzentcg.platform.order.rest;

import com.exzentcg.platform.catalog.rest.MoneyView;
import com.exzentcg.platform.order.Order;
import com.exzentcg.platform.order.OrderLine;
import com.exzentcg.platform.order.OrderStatusChange;
import java.time.Instant;
import com.exzentcg.platform.connector.shopee.ordersync.rest.ShopeeSyncView;
import java.util.List;

/** An order in full: items, payment, fulfilment and its history. */
public record OrderView(String id, String channel, String environment, String externalRef, String status,
        String fulfilmentStatus, String locationId, Customer customer, String note, MoneyView subtotal,
        MoneyView shipping, MoneyView total, Payment payment, List<Item> items, List<HistoryEntry> history,
        Instant createdAt, Instant updatedAt, ShopeeSyncView shopee) {

    public record Customer(String name, String email, String phone) {
    }

    public record Payment(String status, MoneyView captured) {
    }

    public record Item(String id, String variantId, String sku, String title, int quantity, int returnedQuantity,
            MoneyView unitPrice, MoneyView total) {
        static Item from(OrderLine l) {
            return new Item(l.id(), l.variantId(), l.sku(), l.title(), l.quantity(), l.returnedQuantity(),
                    MoneyView.from(l.unitPrice()), MoneyView.from(l.total()));
        }
    }

    public record HistoryEntry(String event, String fromStatus, String toStatus, String note, String actor,
            Instant at) {
        static HistoryEntry from(OrderStatusChange c) {
            return new HistoryEntry(c.event(), c.fromStatus() == null ? null : c.fromStatus().wireName(),
                    c.toStatus().wireName(), c.note(), c.actor(), c.createdAt().toInstant());
        }
    }

    public static OrderView from(Order o) {
        return from(o, null);
    }

    /** With the marketplace block when the order came from Shopee. */
    public static OrderView from(Order o, ShopeeSyncView shopee) {
        var c = o.customer();
        return new OrderView(o.id(), o.channel(), o.environment(), o.externalRef(), o.status().wireName(),
                o.fulfilmentStatus().wireName(), o.locationId(), new Customer(c.name(), c.email(), c.phone()),
                o.note(), MoneyView.from(o.subtotal()), MoneyView.from(o.shipping()), MoneyView.from(o.total()),
                new Payment(o.paymentStatus().wireName(), MoneyView.from(o.captured())),
                o.lines().stream().map(Item::from).toList(),
                o.history().stream().map(HistoryEntry::from).toList(),
                o.createdAt().toInstant(), o.updatedAt().toInstant(), shopee);
    }
}
