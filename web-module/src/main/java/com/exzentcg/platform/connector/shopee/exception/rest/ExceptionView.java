package com.exzentcg.platform.connector.shopee.exception.rest;

import com.exzentcg.platform.connector.shopee.exception.ConnectorException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A connector exception as operators see it. */
public record ExceptionView(String id, String type, String status, String environment, String profileId,
        String reference, String message, String eventId, int occurrences, Instant createdAt, Instant updatedAt,
        Instant resolvedAt, String resolvedBy, String resolution) {

    public static ExceptionView from(ConnectorException e) {
        return new ExceptionView(e.id(), e.type().name(), e.status(), e.environment(), e.profileId(), e.reference(),
                e.message(), e.eventId(), e.occurrences(), instant(e.createdAt()), instant(e.updatedAt()),
                instant(e.resolvedAt()), e.resolvedBy(), e.resolution());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
