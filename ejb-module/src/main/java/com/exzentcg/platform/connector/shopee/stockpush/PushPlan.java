package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.connector.shopee.StockEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One claimed item push: the quantities read when it was claimed, and the change it answers
 * ({@code changeSeq}), so a change that arrives while it is in flight is not marked sent.
 */
public record PushPlan(String profileId, long itemId, long changeSeq, List<ModelPush> models, List<String> skipped) {

    /** Shopee takes at most this many entries per {@code update_stock} call. */
    static final int MAX_ENTRIES = 50;

    public PushPlan {
        models = List.copyOf(models);
        skipped = List.copyOf(skipped);
    }

    /** One model's quantity; {@code locationId} null for a shop without warehouses. */
    public record ModelPush(long modelId, String sku, String locationId, StockQuantity quantity) {
        StockEntry entry() {
            return new StockEntry(modelId, locationId, quantity.pushed());
        }
    }

    /** The {@code update_stock} bodies, at most {@link #MAX_ENTRIES} entries each. */
    public List<List<StockEntry>> batches() {
        List<List<StockEntry>> batches = new ArrayList<>();
        for (int from = 0; from < models.size(); from += MAX_ENTRIES) {
            batches.add(models.subList(from, Math.min(models.size(), from + MAX_ENTRIES)).stream()
                    .map(ModelPush::entry).toList());
        }
        return batches;
    }
}
