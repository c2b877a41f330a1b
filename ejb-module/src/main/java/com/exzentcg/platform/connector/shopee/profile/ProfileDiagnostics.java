package com.exzentcg.platform.connector.shopee.profile;

import java.time.OffsetDateTime;

/** Metadata about a profile's connection to Shopee; never a secret. */
public record ProfileDiagnostics(
        String profileId, String environment, boolean active, TokenState tokenState,
        OffsetDateTime accessExpiresAt, OffsetDateTime refreshExpiresAt,
        OffsetDateTime authorizedAt, OffsetDateTime authorizationExpiresAt,
        OffsetDateTime lastRefreshAt, String lastRefreshOutcome, long refreshCount,
        String lastError, OffsetDateTime lastErrorAt, long openExceptions) {
}
