package com.exzentcg.platform.connector.shopee.profile.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.profile.ProfileUrls;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.TokenState;
import java.time.Instant;

/** A profile as the API shows it: fingerprints instead of secrets, and the URLs Shopee is given. */
public record ShopeeProfileView(String id, String name, String environment, String region, Long partnerId,
        Long shopId, String apiBaseUrl, String effectiveApiBaseUrl, String defaultLocationId, boolean active,
        String partnerKeyFingerprint, String pushPartnerKeyFingerprint, Token token, String webhookUrl,
        String oauthCallbackUrl, Instant createdAt, Instant updatedAt) {

    /** Token metadata only; the tokens themselves never leave the database. */
    public record Token(String state, Instant accessExpiresAt, Instant refreshExpiresAt) {
    }

    public static ShopeeProfileView from(ShopeeProfile p, TokenState state, ProfileUrls urls) {
        return new ShopeeProfileView(p.id(), p.name(), p.environment().wireName(), p.region(), p.partnerId(),
                p.shopId(), p.apiBaseUrl(), p.baseUrl(), p.defaultLocationId(), p.active(),
                p.partnerKeyFingerprint(), p.pushPartnerKeyFingerprint(),
                new Token(state.wireName(), Timestamps.instant(p.accessExpiresAt()), Timestamps.instant(p.refreshExpiresAt())),
                urls.webhookUrl(p), urls.oauthCallbackUrl(p), Timestamps.instant(p.createdAt()), Timestamps.instant(p.updatedAt()));
    }

}
