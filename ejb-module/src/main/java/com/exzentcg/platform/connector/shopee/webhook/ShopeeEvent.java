package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One push as Shopee delivered it, and how far processing got. Inserted by {@link WebhookIngest}. */
@Entity
@Table(name = "shopee_event")
public class ShopeeEvent {

    @Id
    private String id;
    private String environment;
    @Column(name = "profile_id")
    private String profileId;
    @Column(name = "push_code")
    private Integer pushCode;
    @Column(name = "shop_id")
    private Long shopId;
    @Column(name = "order_sn")
    private String orderSn;
    @Column(name = "raw_body")
    private byte[] rawBody;
    @Column(name = "callback_url")
    private String callbackUrl;
    private String signature;
    @Column(name = "signature_ok")
    private boolean signatureOk;
    private int deliveries;
    @Column(name = "received_at")
    private OffsetDateTime receivedAt;
    @Column(name = "last_delivery_at")
    private OffsetDateTime lastDeliveryAt;
    private String status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "processed_at")
    private OffsetDateTime processedAt;
    private String source;

    protected ShopeeEvent() {
    }

    void done() {
        finish("done", null);
    }

    void ignored(String why) {
        finish("ignored", why);
    }

    /** A failure worth retrying later; after {@code maxAttempts} the event is dead. */
    void failed(String error, int maxAttempts, Duration backoff) {
        this.attempts++;
        this.lastError = truncate(error);
        if (attempts >= maxAttempts) {
            this.status = "dead";
        } else {
            this.status = "retry";
            this.nextAttemptAt = Timestamps.now().plus(backoff);
        }
    }

    /** Waiting for an operator (unknown SKU…): not retried until they say so. */
    void held(String why) {
        this.attempts++;
        this.status = "held";
        this.lastError = truncate(why);
    }

    /** An operator asked for another go (after fixing what held or killed it). */
    void requeue() {
        this.status = "pending";
        this.nextAttemptAt = Timestamps.now();
        this.processedAt = null;
    }

    void signatureVerified() {
        this.signatureOk = true;
    }

    private void finish(String newStatus, String note) {
        this.status = newStatus;
        this.lastError = truncate(note);
        this.processedAt = Timestamps.now();
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public String id() { return id; }
    public String environment() { return environment; }
    public String profileId() { return profileId; }
    public Integer pushCode() { return pushCode; }
    public Long shopId() { return shopId; }
    public String orderSn() { return orderSn; }
    public byte[] rawBody() { return rawBody.clone(); }
    public String rawBodyText() { return new String(rawBody, StandardCharsets.UTF_8); }
    public String callbackUrl() { return callbackUrl; }
    public String signature() { return signature; }
    public boolean signatureOk() { return signatureOk; }
    public int deliveries() { return deliveries; }
    public OffsetDateTime receivedAt() { return receivedAt; }
    public String status() { return status; }
    public int attempts() { return attempts; }
    public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public OffsetDateTime processedAt() { return processedAt; }
}
