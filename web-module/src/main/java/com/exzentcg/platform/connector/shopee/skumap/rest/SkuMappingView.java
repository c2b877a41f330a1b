package com.exzentcg.platform.connector.shopee.skumap.rest;

import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMapping;
import java.time.Instant;

/** A Shopee SKU, the platform variant it means, and who mapped it when. */
public record SkuMappingView(String id, String shopeeSku, String sku, String variantId, String createdBy,
        Instant createdAt) {

    public static SkuMappingView from(ShopeeSkuMapping m) {
        return new SkuMappingView(m.id(), m.shopeeSku(), m.sku(), m.variantId(), m.createdBy(),
                m.createdAt().toInstant());
    }
}
