package com.exzentcg.platform.connector.shopee.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A new connector profile; credentials may come now or later (activation checks them). */
public record NewShopeeProfile(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotBlank(message = "is required") @Pattern(regexp = ShopeeEnvironment.PATTERN, message = "must be sandbox or live")
        String environment,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter Shopee region such as SG, MY, TW, BR") String region,
        @Positive(message = "must be a positive number") Long partnerId,
        @Size(min = 8, max = 256, message = "must be 8 to 256 characters") String partnerKey,
        @Size(max = 256, message = "must be at most 256 characters") String pushPartnerKey,
        @Positive(message = "must be a positive number") Long shopId,
        @Pattern(regexp = "https?://[^\\s?#]+", message = "must be an absolute http(s) URL without query") String apiBaseUrl,
        @Size(max = 64, message = "must be at most 64 characters") String defaultLocationId) {
}
