package com.exzentcg.platform.connector.shopee.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A partial update; {@code null} leaves a field alone. An empty {@code push_partner_key} or
 * {@code api_base_url} clears it. The environment cannot change: create a new profile instead.
 */
public record ShopeeProfileChanges(
        @Size(min = 1, max = 100, message = "must be 1 to 100 characters") @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter Shopee region such as SG, MY, TW, BR") String region,
        @Positive(message = "must be a positive number") Long partnerId,
        @Size(min = 8, max = 256, message = "must be 8 to 256 characters") String partnerKey,
        @Size(max = 256, message = "must be at most 256 characters") String pushPartnerKey,
        @Positive(message = "must be a positive number") Long shopId,
        @Pattern(regexp = "|https?://[^\\s?#]+", message = "must be an absolute http(s) URL without query") String apiBaseUrl,
        @Size(max = 64, message = "must be at most 64 characters") String defaultLocationId) {

    public boolean isEmpty() {
        return Stream.of(name, region, partnerId, partnerKey, pushPartnerKey, shopId, apiBaseUrl, defaultLocationId)
                .allMatch(Objects::isNull);
    }
}
