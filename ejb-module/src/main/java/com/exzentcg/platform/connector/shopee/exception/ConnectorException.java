package com.exzentcg.platform.connector.shopee.exception;

import com.exzentcg.platform.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/** One open or resolved connector problem. Created through {@link ConnectorExceptions#raise}. */
@Entity
@Table(name = "connector_exception")
public class ConnectorException {

    @Id
    private String id;
    @Column(nullable = false)
    private String type;
    @Column(nullable = false)
    private String status;
    private String environment;
    @Column(name = "profile_id")
    private String profileId;
    private String reference;
    @Column(nullable = false)
    private String message;
    @Column(name = "event_id")
    private String eventId;
    /** The SKUs the problem names, one per line (e.g. the unknown ones of SKU_NOT_FOUND); null for none. */
    private String skus;
    private int occurrences;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;
    @Version
    private long version;

    protected ConnectorException() {
    }

    /** Resolving twice is harmless: the first resolution stands. */
    public void resolve(String by, String note) {
        if ("resolved".equals(status)) {
            return;
        }
        this.status = "resolved";
        this.resolvedAt = Timestamps.now();
        this.resolvedBy = by;
        this.resolution = note;
        this.updatedAt = resolvedAt;
    }

    public String id() { return id; }
    public ExceptionType type() { return ExceptionType.valueOf(type); }
    public String status() { return status; }
    public String environment() { return environment; }
    public String profileId() { return profileId; }
    public String reference() { return reference; }
    public String message() { return message; }
    public String eventId() { return eventId; }
    public List<String> skus() { return skus == null || skus.isBlank() ? List.of() : List.of(skus.split("\n")); }
    public int occurrences() { return occurrences; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public OffsetDateTime resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolution() { return resolution; }
}
