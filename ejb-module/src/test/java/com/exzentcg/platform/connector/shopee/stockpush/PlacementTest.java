package com.exzentcg.platform.connector.shopee.stockpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.exzentcg.platform.connector.shopee.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which platform quantity and which Shopee location a profile's default location implies. */
class PlacementTest {

    private static Model model(Model.LocationStock... stock) {
        return new Model(7, "pkm-1", "MODEL_NORMAL", 0, 0, List.of(stock));
    }

    @Test
    void aPlatformDefaultLocationIsCountedAndNotSentToShopee() {
        assertEquals("sloc_01ABC", StockPushes.platformLocationOf("sloc_01ABC"));
        assertNull(ShopeeListings.shopeeLocationOf("sloc_01ABC"));
    }

    @Test
    void aShopeeDefaultLocationIsWhereStockIsSetAndPlatformStockIsSummed() {
        assertNull(StockPushes.platformLocationOf("SGZ"));
        assertEquals("SGZ", ShopeeListings.shopeeLocationOf("SGZ"));
        assertEquals("SGZ", ShopeeListings.stockLocation("SGZ", model(new Model.LocationStock("SGA", 1, true))));
    }

    @Test
    void withoutAShopeeDefaultTheModelsOwnLocationOrNone() {
        assertNull(ShopeeListings.shopeeLocationOf(null));
        assertNull(StockPushes.platformLocationOf(null));
        assertEquals("SGA", ShopeeListings.stockLocation(null,
                model(new Model.LocationStock(null, 2, true), new Model.LocationStock("SGA", 1, true))));
        assertNull(ShopeeListings.stockLocation(null, model(new Model.LocationStock(null, 2, true))));
    }

    @Test
    void modelSkuBecomesThePlatformSku() {
        assertEquals("PKM-SV1-001", ShopeeListings.platformSku("  pkm-sv1-001 "));
        assertNull(ShopeeListings.platformSku(" "));
        assertNull(ShopeeListings.platformSku(null));
    }

    @Test
    void aMappedModelSkuBecomesTheMappedVariantsSku() {
        var mappings = java.util.Map.of("SHOPEE-PIKACHU-01", "PKM-SV3PT5-006-NM");
        assertEquals("PKM-SV3PT5-006-NM", ShopeeListings.platformSku(" shopee-pikachu-01", mappings));
        assertEquals("PKM-SV1-001", ShopeeListings.platformSku("pkm-sv1-001", mappings), "unmapped: its own SKU");
        assertNull(ShopeeListings.platformSku("", mappings));
    }
}
