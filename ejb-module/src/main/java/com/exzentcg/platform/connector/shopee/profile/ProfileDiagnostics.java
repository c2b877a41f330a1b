package com.exzentcg.platform.connector.shopee.profile;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;

/**
 * Metadata about a profile's connection to Shopee; never a secret. The push figures cover the
 * last 24 hours of pushes Shopee delivered (verification probes excluded); the success rate is
 * verified ÷ received, null when nothing arrived. (Explicit JSON names: the naming strategy
 * would glue the digits on, {@code signature_failures24h}; an explicit name drops nulls
 * unless marked nillable.)
 */
public record ProfileDiagnostics(
        String profileId, String environment, boolean active, TokenState tokenState,
        OffsetDateTime accessExpiresAt, OffsetDateTime refreshExpiresAt,
        OffsetDateTime authorizedAt, OffsetDateTime authorizationExpiresAt,
        OffsetDateTime lastRefreshAt, String lastRefreshOutcome, long refreshCount,
        String lastError, OffsetDateTime lastErrorAt, long openExceptions,
        OffsetDateTime lastWebhookAt,
        @JsonbProperty("pushes_received_24h") long pushesReceived24h,
        @JsonbProperty("signature_failures_24h") long signatureFailures24h,
        @JsonbProperty("push_success_rate_24h") @JsonbNillable Double pushSuccessRate24h) {
}
