package com.exzentcg.platform.connector.shopee.stockpush;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * The push state of one Shopee item: {@code pending} (due at {@code dueAt}, also while waiting
 * to retry), {@code sending} (claimed), {@code sent}, or {@code failed} (gave up; parked until the
 * next stock change). Changed only by the guarded SQL in {@link StockPushes}; JPA reads it.
 */
@Entity
@Table(name = "shopee_stock_push")
@IdClass(StockPush.Key.class)
public class StockPush {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    public record Key(String profileId, long itemId) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "profile_id")
    private String profileId;
    @Id
    @Column(name = "item_id")
    private long itemId;
    private String status;
    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;
    @Column(name = "pending_since")
    private OffsetDateTime pendingSince;
    @Column(name = "change_seq", nullable = false)
    private long changeSeq;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;
    @Column(name = "last_pushed_at")
    private OffsetDateTime lastPushedAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected StockPush() {
    }

    public String profileId() { return profileId; }
    public long itemId() { return itemId; }
    public String status() { return status; }
    public OffsetDateTime dueAt() { return dueAt; }
    public OffsetDateTime pendingSince() { return pendingSince; }
    public long changeSeq() { return changeSeq; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public OffsetDateTime lastAttemptAt() { return lastAttemptAt; }
    public OffsetDateTime lastPushedAt() { return lastPushedAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
