package com.exzentcg.platform.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The delta shape of every movement kind, and what a level derives from its quantities. */
class StockChangeTest {

    @Test
    void reservingHoldsStockWithoutMovingIt() {
        StockChange reserve = StockChange.reservation(3);
        assertEquals(0, reserve.stockedDelta());
        assertEquals(3, reserve.reservedDelta());
        assertEquals(-3, reserve.availableDelta());
        assertFalse(reserve.onlyAdds());
        assertEquals(3, StockChange.release(3).availableDelta());
    }

    @Test
    void shippingConsumesTheReservationAndLeavesAvailableAlone() {
        StockChange ship = StockChange.shipment(2);
        assertEquals(-2, ship.stockedDelta());
        assertEquals(-2, ship.reservedDelta());
        assertEquals(0, ship.availableDelta());
        assertEquals(MovementKind.SHIPMENT, ship.kind());
    }

    @Test
    void onlyIncomingStockMayCreateALevel() {
        assertTrue(StockChange.receipt(5).onlyAdds());
        assertTrue(StockChange.returned(1).onlyAdds());
        assertTrue(StockChange.transferIn(1).onlyAdds());
        assertTrue(StockChange.adjustment(4).onlyAdds());
        assertFalse(StockChange.adjustment(-4).onlyAdds());
        assertFalse(StockChange.transferOut(1).onlyAdds());
    }

    @Test
    void quantitiesMustBePositiveAndAdjustmentsNonZero() {
        assertThrows(IllegalArgumentException.class, () -> StockChange.reservation(0));
        assertThrows(IllegalArgumentException.class, () -> StockChange.shipment(-1));
        assertThrows(IllegalArgumentException.class, () -> StockChange.adjustment(0));
    }

    @Test
    void levelDerivesAvailableAndLowStock() {
        InventoryLevel level = new InventoryLevel("ilev_1", "var_1", "SKU", "sloc_1", 5, 3, 2, OffsetDateTime.now());
        assertEquals(2, level.available());
        assertTrue(level.lowStock());
        assertFalse(new InventoryLevel("ilev_2", "var_1", "SKU", "sloc_1", 5, 2, 2, OffsetDateTime.now()).lowStock());
        assertTrue(new InventoryLevel("ilev_3", "var_1", "SKU", "sloc_1", 0, 0, 0, OffsetDateTime.now()).lowStock());
    }
}
