package com.exzentcg.platform.connector.shopee.exception.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.exception.ConnectorException;
import java.time.Instant;
import java.util.List;

/**
 * A connector exception as operators see it; {@code skus} lists the SKUs it is about (for
 * SKU_NOT_FOUND the Shopee SKUs that match no variant), empty when it names none.
 */
public record ExceptionView(String id, String type, String status, String environment, String profileId,
        String reference, List<String> skus, String message, String eventId, int occurrences, Instant createdAt,
        Instant updatedAt, Instant resolvedAt, String resolvedBy, String resolution) {

    public static ExceptionView from(ConnectorException e) {
        return new ExceptionView(e.id(), e.type().name(), e.status(), e.environment(), e.profileId(), e.reference(),
                e.skus(), e.message(), e.eventId(), e.occurrences(), Timestamps.instant(e.createdAt()),
                Timestamps.instant(e.updatedAt()), Timestamps.instant(e.resolvedAt()), e.resolvedBy(), e.resolution());
    }

}
