package com.exzentcg.platform.connector.shopee.exception.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.exception.ConnectorException;
import java.time.Instant;

/** A connector exception as operators see it. */
public record ExceptionView(String id, String type, String status, String environment, String profileId,
        String reference, String message, String eventId, int occurrences, Instant createdAt, Instant updatedAt,
        Instant resolvedAt, String resolvedBy, String resolution) {

    public static ExceptionView from(ConnectorException e) {
        return new ExceptionView(e.id(), e.type().name(), e.status(), e.environment(), e.profileId(), e.reference(),
                e.message(), e.eventId(), e.occurrences(), Timestamps.instant(e.createdAt()), Timestamps.instant(e.updatedAt()),
                Timestamps.instant(e.resolvedAt()), e.resolvedBy(), e.resolution());
    }

}
