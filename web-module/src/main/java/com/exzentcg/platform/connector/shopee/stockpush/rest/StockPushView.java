package com.exzentcg.platform.connector.shopee.stockpush.rest;

import com.exzentcg.platform.connector.shopee.stockpush.ShopeeListing;
import com.exzentcg.platform.connector.shopee.stockpush.StockPush;
import com.exzentcg.platform.connector.shopee.stockpush.StockPushes;
import java.time.Instant;
import java.util.List;

/** One item's stock push: where it stands, and what each of its models was last set to. */
public record StockPushView(String profileId, long itemId, String status, Instant dueAt, int attempts, String lastError,
        Instant lastAttemptAt, Instant lastPushedAt, Instant updatedAt, List<ModelView> models) {

    /** A model's last pushed quantity and the reserved stock it may not go below. */
    public record ModelView(long modelId, String sku, String locationId, int reservedStock, Integer lastPushedStock,
            Instant lastPushedAt) {
        static ModelView from(ShopeeListing l) {
            return new ModelView(l.modelId(), l.sku(), l.locationId(), l.reservedStock(), l.lastPushedStock(),
                    ListingView.instant(l.lastPushedAt()));
        }
    }

    public static StockPushView from(StockPushes.ItemPush item) {
        StockPush p = item.push();
        return new StockPushView(p.profileId(), p.itemId(), p.status(), ListingView.instant(p.dueAt()), p.attempts(),
                p.lastError(), ListingView.instant(p.lastAttemptAt()), ListingView.instant(p.lastPushedAt()),
                ListingView.instant(p.updatedAt()), item.models().stream().map(ModelView::from).toList());
    }
}
