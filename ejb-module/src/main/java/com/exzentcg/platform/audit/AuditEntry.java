package com.exzentcg.platform.audit;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One state-changing admin call. Append-only: nothing ever updates an entry. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String ID_PREFIX = "aud";

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(nullable = false, updatable = false)
    private String method;

    @Column(nullable = false, updatable = false)
    private String route;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(name = "remote_addr", updatable = false)
    private String remoteAddr;

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord record) {
        this.id = Ids.next(ID_PREFIX);
        this.occurredAt = Timestamps.now();
        this.actorId = record.actorId();
        this.actorEmail = record.actorEmail();
        this.method = Objects.requireNonNull(record.method(), "method");
        this.route = Objects.requireNonNull(record.route(), "route");
        this.path = Objects.requireNonNull(record.path(), "path");
        this.targetId = record.targetId();
        this.status = record.status();
        this.remoteAddr = record.remoteAddr();
    }

    /** Success means the change took effect: a 2xx or 3xx answer. */
    public boolean succeeded() {
        return status < 400;
    }

    public String id() { return id; }
    public OffsetDateTime occurredAt() { return occurredAt; }
    public String actorId() { return actorId; }
    public String actorEmail() { return actorEmail; }
    public String method() { return method; }
    public String route() { return route; }
    public String path() { return path; }
    public String targetId() { return targetId; }
    public int status() { return status; }
    public String remoteAddr() { return remoteAddr; }
}
