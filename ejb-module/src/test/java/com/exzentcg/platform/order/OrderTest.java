package com.exzentcg.platform.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.PlatformException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Order transitions: each guarded, each idempotent, stock effects decided by their return value. */
class OrderTest {

    private static Order twoCardsAndABox() {
        Order order = new Order("manual", null, null, "sloc_1", Money.of(350, "SGD"),
                new Order.Customer("Ash", "ash@example.com", null), null, "operator@shop");
        order.addLine("var_a", "PKM-A", "Pikachu", 2, Money.of(150, "SGD"));
        order.addLine("var_b", "PKM-B", "Booster box", 1, Money.of(12000, "SGD"));
        return order;
    }

    private static List<String> events(Order order) {
        return order.history().stream().map(OrderStatusChange::event).toList();
    }

    private static void assertConflict(Runnable action) {
        assertEquals(ErrorType.CONFLICT, assertThrows(PlatformException.class, action::run).type());
    }

    @Test
    void newOrderIsPlacedWithTotalsAndHistory() {
        Order order = twoCardsAndABox();
        assertEquals(OrderStatus.PLACED, order.status());
        assertEquals(PaymentStatus.AWAITING, order.paymentStatus());
        assertEquals(FulfilmentStatus.UNFULFILLED, order.fulfilmentStatus());
        assertEquals(Money.of(12300, "SGD"), order.subtotal());
        assertEquals(Money.of(12650, "SGD"), order.total());
        assertTrue(order.id().startsWith("ord_"));
        assertEquals(List.of("placed"), events(order));
        assertEquals(Map.of("PKM-A", 2, "PKM-B", 1), order.quantitiesBySku());
    }

    @Test
    void linesMustBeInTheOrderCurrency() {
        assertThrows(IllegalArgumentException.class,
                () -> twoCardsAndABox().addLine("var_c", "C", "C", 1, Money.of(1, "MYR")));
    }

    @Test
    void shippingTwiceShipsOnce() {
        Order order = twoCardsAndABox();
        assertTrue(order.ship("op"));
        assertFalse(order.ship("op"));
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertEquals(FulfilmentStatus.SHIPPED, order.fulfilmentStatus());
        assertEquals(List.of("placed", "shipped"), events(order));
        assertThrows(IllegalStateException.class, () -> order.addLine("var_c", "C", "C", 1, Money.of(1, "SGD")));
    }

    @Test
    void cancellingTwiceCancelsOnceAndBlocksShipping() {
        Order order = twoCardsAndABox();
        assertTrue(order.cancel("op"));
        assertFalse(order.cancel("op"));
        assertConflict(() -> order.ship("op"));
        assertConflict(() -> order.complete("op"));
        assertConflict(() -> order.returnItems(Map.of(), "op"));
        assertEquals(List.of("placed", "cancelled"), events(order));
    }

    @Test
    void shippedOrderCannotBeCancelledButCompletes() {
        Order order = twoCardsAndABox();
        order.ship("op");
        assertConflict(() -> order.cancel("op"));
        assertTrue(order.complete("op"));
        assertFalse(order.complete("op"));
        assertFalse(order.ship("op"));
        assertConflict(() -> twoCardsAndABox().complete("op"));
    }

    @Test
    void returnsArePartialThenFullAndAFullReturnRepeatsAsANoOp() {
        Order order = twoCardsAndABox();
        order.ship("op");
        assertEquals(List.of(new Order.ReturnedItem("PKM-A", 1)), order.returnItems(Map.of("PKM-A", 1), "op"));
        assertEquals(FulfilmentStatus.PARTIALLY_RETURNED, order.fulfilmentStatus());
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertConflict(() -> order.returnItems(Map.of("PKM-A", 2), "op"));
        assertThrows(PlatformException.class, () -> order.returnItems(Map.of("NOPE", 1), "op"));

        List<Order.ReturnedItem> rest = order.returnItems(Map.of(), "op");
        assertEquals(List.of(new Order.ReturnedItem("PKM-A", 1), new Order.ReturnedItem("PKM-B", 1)), rest);
        assertEquals(OrderStatus.RETURNED, order.status());
        assertEquals(FulfilmentStatus.RETURNED, order.fulfilmentStatus());
        assertEquals(List.of(), order.returnItems(Map.of(), "op"));
        assertEquals(List.of("placed", "shipped", "partially_returned", "returned"), events(order));
    }

    @Test
    void paymentIsCapturedOnceAndThenRefundable() {
        Order order = twoCardsAndABox();
        assertConflict(() -> order.refundPayment("op"));
        assertTrue(order.capturePayment(order.total(), "op"));
        assertFalse(order.capturePayment(order.total(), "op"));
        assertEquals(Money.of(12650, "SGD"), order.captured());
        assertTrue(order.refundPayment("op"));
        assertFalse(order.refundPayment("op"));
        assertConflict(() -> order.capturePayment(order.total(), "op"));
    }

    @Test
    void historyTimesStrictlyIncrease() {
        Order order = twoCardsAndABox();
        order.capturePayment(order.total(), "op");
        order.ship("op");
        order.complete("op");
        var history = order.history();
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i).createdAt().isAfter(history.get(i - 1).createdAt()));
        }
    }
}
