package com.exzentcg.platform.connector.shopee.ordersync;

import static com.exzentcg.platform.connector.shopee.ordersync.ShopeeOrderStatus.isProgress;
import static com.exzentcg.platform.connector.shopee.ordersync.ShopeeOrderStatus.rank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShopeeOrderStatusTest {

    @Test
    void lateShippedAfterCompletedIsNotProgress() {
        assertFalse(isProgress("COMPLETED", rank("COMPLETED"), 200, "SHIPPED", 150));
        assertFalse(isProgress("COMPLETED", rank("COMPLETED"), 200, "SHIPPED", 250), "rank wins over time");
    }

    @Test
    void forwardMovesAreProgress() {
        assertTrue(isProgress("READY_TO_SHIP", rank("READY_TO_SHIP"), 100, "SHIPPED", 90));
        assertTrue(isProgress("PROCESSED", rank("PROCESSED"), 100, "RETRY_SHIP", 110));
        assertFalse(isProgress("PROCESSED", rank("PROCESSED"), 100, "RETRY_SHIP", 90));
    }

    @Test
    void cancelledIsTerminal() {
        assertTrue(isProgress("READY_TO_SHIP", rank("READY_TO_SHIP"), 100, "CANCELLED", 120));
        assertFalse(isProgress("CANCELLED", ShopeeOrderStatus.CANCELLED_RANK, 120, "SHIPPED", 130));
    }

    @Test
    void inCancelKeepsTheRankAndCanGoBack() {
        assertTrue(isProgress("READY_TO_SHIP", rank("READY_TO_SHIP"), 100, "IN_CANCEL", 110));
        // Recorded IN_CANCEL with READY_TO_SHIP's rank: seller rejected the cancellation.
        assertTrue(isProgress("IN_CANCEL", rank("READY_TO_SHIP"), 110, "READY_TO_SHIP", 120));
        assertFalse(isProgress("IN_CANCEL", rank("READY_TO_SHIP"), 110, "UNPAID", 120));
    }

    @Test
    void stockRules() {
        assertFalse(ShopeeOrderStatus.holdsStock("UNPAID"));
        assertTrue(ShopeeOrderStatus.holdsStock("READY_TO_SHIP"));
        assertFalse(ShopeeOrderStatus.holdsStock("CANCELLED"));
        assertTrue(ShopeeOrderStatus.leftTheShelf("TO_CONFIRM_RECEIVE"));
        assertFalse(ShopeeOrderStatus.leftTheShelf("PROCESSED"));
    }

    @Test
    void shopeeMoneyBecomesMinorUnitsOfTheCurrency() {
        assertEquals(2380, OrderSyncHandler.minorUnits(new BigDecimal("23.8"), "SGD"));
        assertEquals(32119, OrderSyncHandler.minorUnits(new BigDecimal("32119"), "VND"));
        assertEquals(1001, OrderSyncHandler.minorUnits(new BigDecimal("10.005"), "MYR"));
    }
}
