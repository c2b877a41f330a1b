package com.exzentcg.platform.connector.shopee.skumap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code {"shopee_sku": "…", "sku": "…"}}: the SKU the Shopee listing carries, and the platform
 * variant's SKU it means. The Shopee SKU is free text as Shopee allows it (model SKUs up to 100
 * characters); both are compared trimmed and case-insensitively, like catalog SKUs.
 */
public record NewShopeeSkuMapping(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String shopeeSku,
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String sku) {
}
