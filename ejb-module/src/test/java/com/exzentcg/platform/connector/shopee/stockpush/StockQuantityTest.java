package com.exzentcg.platform.connector.shopee.stockpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockQuantityTest {

    @Test
    void availableStockIsPushedWhenItCoversThePromotion() {
        StockQuantity q = StockQuantity.of(7, 3);
        assertEquals(7, q.pushed());
        assertEquals(0, q.shortfall());
        assertFalse(q.belowReserved());
    }

    @Test
    void neverBelowReservedPromotionStock() {
        StockQuantity q = StockQuantity.of(1, 3);
        assertEquals(3, q.pushed(), "a lower absolute push would wipe campaign stock");
        assertEquals(2, q.shortfall());
        assertTrue(q.belowReserved());
    }

    @Test
    void exactlyReservedIsNoShortfall() {
        StockQuantity q = StockQuantity.of(3, 3);
        assertEquals(3, q.pushed());
        assertFalse(q.belowReserved());
    }

    @Test
    void soldOutWithoutPromotionPushesZero() {
        assertEquals(0, StockQuantity.of(0, 0).pushed());
    }

    @Test
    void negativeInputsCountAsNothing() {
        StockQuantity q = StockQuantity.of(-4, -1);
        assertEquals(0, q.available());
        assertEquals(0, q.reserved());
        assertEquals(0, q.pushed());
    }
}
