package com.exzentcg.platform.connector.shopee.stockpush.rest;

import com.exzentcg.platform.connector.shopee.stockpush.ShopeeListings;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"item_ids": [...]}}: the Shopee items whose models to (re)read. */
public record ListingRefresh(
        @NotNull(message = "is required")
        @Size(min = 1, max = ShopeeListings.MAX_ITEMS, message = "must name 1 to " + ShopeeListings.MAX_ITEMS + " items")
        List<@NotNull(message = "must not contain null") @Positive(message = "must be positive Shopee item ids") Long> itemIds) {
}
