package com.exzentcg.platform.connector.shopee.stockpush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code-8 payloads are undocumented ([GAP]); these are the shapes the parser accepts. */
class ReservedStockChangeTest {

    private static List<ReservedStockChange> parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return ReservedStockChange.parse(reader.readObject());
        }
    }

    @Test
    void flatItemModelAndReservedStock() {
        assertEquals(List.of(new ReservedStockChange(100, 7L, 3)),
                parse("{\"item_id\":100,\"model_id\":7,\"reserved_stock\":3}"));
    }

    @Test
    void itemWithAModelListUsingOtherNamesAndNumbersAsStrings() {
        assertEquals(List.of(new ReservedStockChange(100, 7L, 2), new ReservedStockChange(100, 8L, 5)),
                parse("{\"item_id\":100,\"model_list\":[{\"model_id\":7,\"promotion_stock\":2},"
                        + "{\"model_id\":\"8\",\"reserved_stock\":\"5\"}]}"));
    }

    @Test
    void listOfItemsWithTotalReservedStock() {
        assertEquals(List.of(new ReservedStockChange(100, 0L, 4), new ReservedStockChange(200, null, 1)),
                parse("{\"items\":[{\"item_id\":100,\"model_id\":0,\"total_reserved_stock\":4},"
                        + "{\"item_id\":200,\"reserved_quantity\":1}]}"));
    }

    @Test
    void stockInfoShapedLikeGetModelList() {
        assertEquals(List.of(new ReservedStockChange(100, 9L, 6)),
                parse("{\"item_id\":100,\"model_id\":9,\"stock_info_v2\":{\"summary_info\":{\"total_reserved_stock\":6}}}"));
    }

    @Test
    void anItemWithoutANumberStillSaysItChanged() {
        assertEquals(List.of(new ReservedStockChange(100, null, null)), parse("{\"item_id\":100,\"promotion_id\":55}"));
        assertEquals(List.of(new ReservedStockChange(100, null, null)),
                parse("{\"item_id\":100,\"reserved_stock\":-1}"), "a negative number is not usable");
    }

    @Test
    void nothingUsable() {
        assertTrue(parse("{}").isEmpty());
        assertTrue(parse("{\"shop_id\":1,\"reserved_stock\":3}").isEmpty(), "no item named");
        assertTrue(parse("{\"item_id\":0,\"reserved_stock\":3}").isEmpty(), "item 0 is not an item");
        assertTrue(ReservedStockChange.parse(null).isEmpty());
    }
}
