package com.exzentcg.platform.audit.rest;

import com.exzentcg.platform.audit.AuditEntry;
import java.time.Instant;

/** An audit entry as clients see it; {@code outcome} is success or failure, {@code status} the HTTP code. */
public record AuditEntryView(String id, Instant occurredAt, String actorId, String actorEmail, String method,
        String route, String path, String targetId, int status, String outcome, String remoteAddr) {

    public static AuditEntryView from(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt().toInstant(), e.actorId(), e.actorEmail(), e.method(),
                e.route(), e.path(), e.targetId(), e.status(), e.succeeded() ? "success" : "failure", e.remoteAddr());
    }
}
