package com.exzentcg.platform.connector.shopee.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One alert in the outbox and how its delivery went. Written by {@link Alerts}, sent by {@link AlertSender}. */
@Entity
@Table(name = "connector_alert")
public class ConnectorAlert {

    public static final String EXCEPTION = "exception";
    public static final String SUMMARY = "summary";

    @Id
    private String id;
    @Column(nullable = false)
    private String kind;
    private String type;
    private String environment;
    @Column(name = "profile_id")
    private String profileId;
    @Column(name = "exception_id")
    private String exceptionId;
    @Column(nullable = false)
    private String payload;
    @Column(nullable = false)
    private String status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "summary_id")
    private String summaryId;

    protected ConnectorAlert() {
    }

    /** A storm summary, due at once. */
    static ConnectorAlert summary(String id, String payload, OffsetDateTime now) {
        ConnectorAlert alert = new ConnectorAlert();
        alert.id = id;
        alert.kind = SUMMARY;
        alert.payload = payload;
        alert.status = "pending";
        alert.nextAttemptAt = now;
        alert.createdAt = now;
        return alert;
    }

    boolean pending() {
        return "pending".equals(status);
    }

    void sent(OffsetDateTime now) {
        this.attempts++;
        this.status = "sent";
        this.sentAt = now;
        this.lastAttemptAt = now;
        this.lastError = null;
    }

    /** A failed post: retried after {@code backoff}, or given up after {@code maxAttempts}. */
    void attemptFailed(String error, int maxAttempts, Duration backoff, OffsetDateTime now) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.lastError = truncate(error);
        if (attempts >= maxAttempts) {
            this.status = "failed";
        } else {
            this.nextAttemptAt = now.plus(backoff);
        }
    }

    /** Not posted: logged only (no receiver configured). */
    void suppressed(String why) {
        this.status = "suppressed";
        this.lastError = truncate(why);
    }

    /** Stands in a summary that is sent instead of it. */
    void foldedInto(String summary) {
        this.status = "suppressed";
        this.summaryId = summary;
        this.lastError = "folded into summary " + summary;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public String type() { return type; }
    public String environment() { return environment; }
    public String profileId() { return profileId; }
    public String exceptionId() { return exceptionId; }
    public String payload() { return payload; }
    public String status() { return status; }
    public int attempts() { return attempts; }
    public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime sentAt() { return sentAt; }
    public OffsetDateTime lastAttemptAt() { return lastAttemptAt; }
    public String lastError() { return lastError; }
    public String summaryId() { return summaryId; }
}
