package com.exzentcg.platform.connector.shopee.stockpush.rest;

import com.exzentcg.platform.connector.shopee.stockpush.ShopeeListing;
import com.exzentcg.platform.connector.shopee.stockpush.ShopeeListings;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A listed Shopee model and the platform SKU (and variant, if one has that SKU) it sells. */
public record ListingView(String profileId, long itemId, long modelId, String modelSku, String sku, String variantId,
        String locationId, String modelStatus, int reservedStock, Instant reservedUpdatedAt, Integer shopeeStock,
        Integer lastPushedStock, Instant lastPushedAt, Instant refreshedAt) {

    public static ListingView from(ShopeeListings.ListedModel listed) {
        ShopeeListing l = listed.listing();
        return new ListingView(l.profileId(), l.itemId(), l.modelId(), l.modelSku(), l.sku(), listed.variantId(),
                l.locationId(), l.modelStatus(), l.reservedStock(), instant(l.reservedUpdatedAt()), l.shopeeStock(),
                l.lastPushedStock(), instant(l.lastPushedAt()), instant(l.refreshedAt()));
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
