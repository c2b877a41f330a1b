package com.exzentcg.platform.audit;

import java.time.OffsetDateTime;

/**
 * Filters for reading the log; each applies when not null. {@code outcome} is
 * {@code success} (2xx/3xx) or {@code failure} (4xx/5xx).
 */
public record AuditFilter(String actorId, String targetId, String method, String route, Integer status,
        String outcome, OffsetDateTime from, OffsetDateTime to) {
}
