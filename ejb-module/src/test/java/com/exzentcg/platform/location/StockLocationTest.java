package com.exzentcg.platform.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockLocationTest {

    private static StockLocation singaporeWarehouse() {
        return new StockLocation(" wh-sg ", "Singapore warehouse", LocationType.WAREHOUSE,
                new Address("1 Card St", null, "Singapore", "018956", "sg"));
    }

    private static StockLocationChanges noChanges() {
        return new StockLocationChanges(null, null, null, null, null, null, null, null, null);
    }

    @Test
    void codeIsStoredTrimmedAndUpperCase() {
        assertEquals("WH-SG", singaporeWarehouse().code());
    }

    @Test
    void newLocationIsActiveWithAPrefixedId() {
        StockLocation location = singaporeWarehouse();
        assertTrue(location.active());
        assertTrue(location.id().startsWith("sloc_"));
        assertEquals("SG", location.address().countryCode());
    }

    @Test
    void blankNameIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new StockLocation("X", "  ", LocationType.STORE, null));
    }

    @Test
    void partialChangeKeepsUntouchedAddressParts() {
        StockLocation location = singaporeWarehouse();
        location.apply(new StockLocationChanges(null, null, null, false, null, null, "Jurong", null, null));
        assertFalse(location.active());
        assertEquals("Jurong", location.address().city());
        assertEquals("1 Card St", location.address().line1());
        assertEquals("Singapore warehouse", location.name());
    }

    @Test
    void emptyChangeIsRecognised() {
        assertTrue(noChanges().isEmpty());
        assertFalse(new StockLocationChanges(null, "n", null, null, null, null, null, null, null).isEmpty());
    }
}
