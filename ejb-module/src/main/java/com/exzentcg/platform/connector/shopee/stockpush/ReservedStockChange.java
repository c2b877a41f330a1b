package com.exzentcg.platform.connector.shopee.stockpush;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reserved-stock-change push (code 8) says. Shopee does not document its {@code data}
 * (reference §4: [GAP]), so this accepts the plausible shapes: flat
 * {@code {"item_id","model_id","reserved_stock"}}, the item with a list of models
 * ({@code model_list}, {@code models}, …), or a list of items; the number under
 * {@code reserved_stock}, {@code total_reserved_stock}, {@code promotion_stock},
 * {@code reserved_quantity} or {@code stock_info_v2.summary_info.total_reserved_stock};
 * numbers also as strings. Missing values stay null: the handler then asks Shopee.
 *
 * @param modelId  null when the push names no model
 * @param reserved null when the push carries no usable number
 */
public record ReservedStockChange(long itemId, Long modelId, Integer reserved) {

    static final List<String> RESERVED_KEYS = List.of("reserved_stock", "total_reserved_stock", "promotion_stock",
            "reserved_quantity", "reserved_qty");
    static final List<String> MODEL_KEYS = List.of("model_id", "variation_id");
    private static final int MAX_DEPTH = 4;

    public static List<ReservedStockChange> parse(JsonObject data) {
        List<ReservedStockChange> changes = new ArrayList<>();
        if (data != null) {
            walk(data, null, changes, 0);
        }
        return changes;
    }

    private static void walk(JsonObject object, Long inheritedItem, List<ReservedStockChange> out, int depth) {
        Long itemId = positive(number(object, "item_id"));
        itemId = itemId != null ? itemId : inheritedItem;
        Long modelId = null;
        for (String key : MODEL_KEYS) {
            Long value = number(object, key);
            modelId = modelId != null ? modelId : (value != null && value >= 0 ? value : null);
        }
        Integer reserved = reserved(object);
        int before = out.size();
        if (depth < MAX_DEPTH) {
            for (var entry : object.entrySet()) {
                if (entry.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue element : entry.getValue().asJsonArray()) {
                        if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                            walk(element.asJsonObject(), itemId, out, depth + 1);
                        }
                    }
                }
            }
        }
        boolean childrenSpoke = out.size() > before;
        // An entry that names the item but no number still says "this item changed", unless its
        // nested entries said more.
        if (itemId != null && (reserved != null || !childrenSpoke)) {
            out.add(before, new ReservedStockChange(itemId, modelId, reserved));
        }
    }

    private static Integer reserved(JsonObject object) {
        for (String key : RESERVED_KEYS) {
            Long value = number(object, key);
            if (value != null && value >= 0 && value <= Integer.MAX_VALUE) {
                return value.intValue();
            }
        }
        if (object.get("stock_info_v2") instanceof JsonObject stock && stock.get("summary_info") instanceof JsonObject summary) {
            Long value = number(summary, "total_reserved_stock");
            if (value != null && value >= 0 && value <= Integer.MAX_VALUE) {
                return value.intValue();
            }
        }
        return null;
    }

    private static Long positive(Long value) {
        return value != null && value > 0 ? value : null;
    }

    static Long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
