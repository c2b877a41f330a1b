package com.exzentcg.platform.connector.shopee.ordersync;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.MoneyInput;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMappings;
import com.exzentcg.platform.connector.shopee.token.ShopeeCalls;
import com.exzentcg.platform.connector.shopee.webhook.ClaimedEvent;
import com.exzentcg.platform.connector.shopee.webhook.EventHandling;
import com.exzentcg.platform.connector.shopee.webhook.HeldEvent;
import com.exzentcg.platform.connector.shopee.webhook.OrderStatusPushHandler;
import com.exzentcg.platform.connector.shopee.webhook.PushEnvelope;
import com.exzentcg.platform.order.NewOrder;
import com.exzentcg.platform.order.NewOrderLine;
import com.exzentcg.platform.order.Order;
import com.exzentcg.platform.order.OrderStatus;
import com.exzentcg.platform.order.Orders;
import com.exzentcg.platform.order.ReturnRequest;
import com.exzentcg.platform.order.StockShortage;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an order-status push. The push only says "changed", so the order's truth is fetched
 * from Shopee; what it says is applied through the commerce {@link Orders} boundary, whose
 * transitions are idempotent, so a push handled twice (retries, duplicates, polling) changes
 * stock once. A detail older than what was already applied is ignored.
 */
@Stateless
public class OrderSyncHandler implements OrderStatusPushHandler {

    public static final String CHANNEL = "shopee";

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeCalls shopee;

    @EJB
    Orders orders;

    @EJB
    Catalog catalog;

    @EJB
    ShopeeSkuMappings mappings;

    @Override
    public EventHandling.Handled handle(ClaimedEvent event, PushEnvelope push) {
        String orderSn = push.orderSn();
        if (orderSn == null || event.profileId() == null) {
            return new EventHandling.Handled(false, "push names no order or profile");
        }
        ShopeeProfile profile = em.find(ShopeeProfile.class, event.profileId());
        List<OrderDetail> details = shopee.forShop(profile.id(), (c, shop) -> c.getOrderDetail(shop, List.of(orderSn)));
        if (details.isEmpty()) {
            return new EventHandling.Handled(false, "Shopee returned no detail for " + orderSn);
        }
        OrderDetail detail = details.get(0);
        ShopeeOrderSync sync = lockSync(event.environment(), orderSn, profile.id());
        if (!sync.observe(detail, event.id()) && sync.orderId() != null) {
            return new EventHandling.Handled(false, "stale or unchanged: " + detail.orderStatus() + " at " + detail.updateTime()
                    + " is not newer than " + sync.shopeeStatus() + " at " + sync.updateTime());
        }
        apply(sync, detail, profile, event.environment());
        return new EventHandling.Handled(true, null);
    }

    private void apply(ShopeeOrderSync sync, OrderDetail detail, ShopeeProfile profile, String environment) {
        String status = sync.shopeeStatus();
        Optional<Order> existing = orders.findByExternalRef(CHANNEL, environment, sync.orderSn());
        if (existing.isEmpty()) {
            if (!ShopeeOrderStatus.holdsStock(status)) {
                return;
            }
            existing = Optional.of(place(sync, detail, profile, environment));
        }
        Order order = existing.get();
        if (sync.orderId() == null) {
            sync.linkOrder(order.id());
        }
        if (ShopeeOrderStatus.CANCELLED.equals(status)) {
            cancelOrReturn(order);
            return;
        }
        if (ShopeeOrderStatus.leftTheShelf(status)) {
            orders.ship(order.id());
        }
        if (ShopeeOrderStatus.TO_RETURN.equals(status)) {
            orders.returnItems(order.id(), ReturnRequest.everything());
        }
        if (ShopeeOrderStatus.COMPLETED.equals(status)) {
            if (orders.get(order.id()).status() == OrderStatus.SHIPPED) {
                orders.complete(order.id());
            }
            recordPayout(sync, profile, order);
        }
    }

    /** A cancellation before shipping releases the reservation; after shipping the goods come back. */
    private void cancelOrReturn(Order order) {
        OrderStatus current = orders.get(order.id()).status();
        if (current == OrderStatus.PLACED || current == OrderStatus.CANCELLED) {
            orders.cancel(order.id());
        } else if (current == OrderStatus.SHIPPED) {
            orders.returnItems(order.id(), ReturnRequest.everything());
        }
    }

    private Order place(ShopeeOrderSync sync, OrderDetail detail, ShopeeProfile profile, String environment) {
        // Shopee's SKUs become platform SKUs here, through the merchant's mappings; the order only
        // ever sees the platform SKU.
        List<String> shopeeSkus = detail.items().stream().map(OrderSyncHandler::skuOf).toList();
        Map<String, String> translation = mappings.translate(shopeeSkus.stream().filter(s -> s != null).toList());
        List<String> skus = shopeeSkus.stream().map(s -> ShopeeSkuMappings.platformSku(s, translation)).toList();
        Map<String, Variant> known = catalog.bySkus(skus.stream().filter(s -> s != null).toList());
        List<String> unknown = new ArrayList<>();
        List<String> unknownShopeeSkus = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            String sku = skus.get(i);
            if (sku == null) {
                unknown.add("(no SKU)");
            } else if (!known.containsKey(sku)) {
                String shopeeSku = shopeeSkus.get(i);
                unknown.add(sku.equals(Variant.normaliseSku(shopeeSku)) ? shopeeSku : shopeeSku + " (mapped to " + sku + ")");
                if (!unknownShopeeSkus.contains(shopeeSku)) {
                    unknownShopeeSkus.add(shopeeSku);
                }
            }
        }
        if (!unknown.isEmpty()) {
            // The exception names the Shopee SKUs themselves too (not "(no SKU)"), so a console can map each one.
            throw new HeldEvent(ExceptionType.SKU_NOT_FOUND, sync.orderSn(), "Shopee order " + sync.orderSn()
                    + " has SKU " + String.join(", ", unknown) + " that matches no variant; map it to the variant"
                    + " it means (Shopee SKU mappings), then retry",
                    unknownShopeeSkus);
        }
        List<NewOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < detail.items().size(); i++) {
            OrderDetail.Item item = detail.items().get(i);
            BigDecimal price = item.discountedPrice() != null && item.discountedPrice().signum() > 0
                    ? item.discountedPrice() : item.originalPrice();
            lines.add(new NewOrderLine(skus.get(i), item.quantity(),
                    price == null ? null : new MoneyInput(minorUnits(price, detail.currency()), detail.currency())));
        }
        String location = profile.defaultLocationId() != null && profile.defaultLocationId().startsWith("sloc_")
                ? profile.defaultLocationId() : null;
        try {
            // Buyer details stay in the sync record (redacted after retention); the order gets none.
            return orders.place(new NewOrder(CHANNEL, environment, sync.orderSn(), location, detail.currency(), null,
                    "awaiting", null, null, null, "Shopee order " + sync.orderSn(), lines));
        } catch (StockShortage e) {
            throw new HeldEvent(ExceptionType.STOCK_SHORTAGE, sync.orderSn(), "Shopee order " + sync.orderSn()
                    + " cannot be reserved: " + e.getMessage() + "; receive or transfer stock, or cancel it on Shopee, then retry");
        }
    }

    private void recordPayout(ShopeeOrderSync sync, ShopeeProfile profile, Order order) {
        if (sync.escrowRecordedAt() != null) {
            return;
        }
        EscrowDetail escrow = shopee.forShop(profile.id(), (c, shop) -> c.getEscrowDetail(shop, sync.orderSn()));
        sync.escrow(escrow);
        if (escrow.escrowAmount() != null) {
            orders.capturePayment(order.id(), Money.of(minorUnits(escrow.escrowAmount(), order.currencyCode()),
                    order.currencyCode()));
        }
    }

    /** Model SKU first (the variant), then the item's own SKU (listings without variations). */
    static String skuOf(OrderDetail.Item item) {
        if (item.modelSku() != null && !item.modelSku().isBlank()) {
            return item.modelSku().trim();
        }
        return item.itemSku() == null || item.itemSku().isBlank() ? null : item.itemSku().trim();
    }

    static long minorUnits(BigDecimal major, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return major.setScale(Math.max(digits, 0), RoundingMode.HALF_UP).movePointRight(Math.max(digits, 0)).longValueExact();
    }

    /** Serializes work on one order: two events of the same order never apply concurrently. */
    private ShopeeOrderSync lockSync(String environment, String orderSn, String profileId) {
        em.createNativeQuery("""
                INSERT INTO shopee_order_sync (environment, order_sn, profile_id, shopee_status, status_rank, update_time,
                                               created_at, updated_at)
                VALUES (?1, ?2, ?3, 'UNPAID', -1, -1, now(), now()) ON CONFLICT (environment, order_sn) DO NOTHING""")
                .setParameter(1, environment).setParameter(2, orderSn).setParameter(3, profileId).executeUpdate();
        return em.find(ShopeeOrderSync.class, new ShopeeOrderSync.Key(environment, orderSn), LockModeType.PESSIMISTIC_WRITE);
    }
}
