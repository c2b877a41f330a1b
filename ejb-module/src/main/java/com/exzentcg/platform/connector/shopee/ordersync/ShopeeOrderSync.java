package com.exzentcg.platform.connector.shopee.ordersync;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A Shopee order as last seen, and the platform order it became. */
@Entity
@Table(name = "shopee_order_sync")
@IdClass(ShopeeOrderSync.Key.class)
public class ShopeeOrderSync {

    /** Order numbers are unique per environment. */
    public record Key(String environment, String orderSn) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String environment;
    @Id
    @Column(name = "order_sn")
    private String orderSn;
    @Column(name = "profile_id", nullable = false)
    private String profileId;
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "shopee_status", nullable = false)
    private String shopeeStatus;
    @Column(name = "status_rank", nullable = false)
    private int statusRank;
    @Column(name = "update_time", nullable = false)
    private long updateTime;
    @Column(name = "last_event_id")
    private String lastEventId;
    private String currency;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    @Column(name = "buyer_username")
    private String buyerUsername;
    @Column(name = "recipient_name")
    private String recipientName;
    @Column(name = "recipient_phone")
    private String recipientPhone;
    @Column(name = "recipient_address")
    private String recipientAddress;
    @Column(name = "buyer_data_redacted_at")
    private OffsetDateTime buyerDataRedactedAt;
    @Column(name = "escrow_amount")
    private BigDecimal escrowAmount;
    @Column(name = "escrow_detail")
    private String escrowDetail;
    @Column(name = "escrow_recorded_at")
    private OffsetDateTime escrowRecordedAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected ShopeeOrderSync() {
    }

    boolean isNew() {
        return statusRank == -1 && updateTime == -1;
    }

    /** Records what Shopee says now; false (and nothing changes) when it is not progress. */
    boolean observe(OrderDetail detail, String eventId) {
        if (!isNew() && !ShopeeOrderStatus.isProgress(shopeeStatus, statusRank, updateTime, detail.orderStatus(),
                detail.updateTime())) {
            return false;
        }
        this.shopeeStatus = detail.orderStatus();
        if (ShopeeOrderStatus.rank(detail.orderStatus()) >= 0) {
            this.statusRank = ShopeeOrderStatus.rank(detail.orderStatus());
        }
        this.updateTime = detail.updateTime();
        this.lastEventId = eventId;
        this.currency = detail.currency();
        this.totalAmount = detail.totalAmount();
        if (buyerDataRedactedAt == null) {
            this.buyerUsername = detail.buyerUsername();
            if (detail.recipient() != null) {
                this.recipientName = detail.recipient().name();
                this.recipientPhone = detail.recipient().phone();
                this.recipientAddress = detail.recipient().fullAddress();
            }
        }
        touch();
        return true;
    }

    void linkOrder(String platformOrderId) {
        this.orderId = platformOrderId;
        touch();
    }

    void escrow(EscrowDetail detail) {
        this.escrowAmount = detail.escrowAmount();
        this.escrowDetail = detail.orderIncomeJson();
        this.escrowRecordedAt = Timestamps.now();
        touch();
    }

    /** Forgets who the buyer is; the order itself (what, when, how much) stays. */
    void redactBuyerData() {
        this.buyerUsername = null;
        this.recipientName = null;
        this.recipientPhone = null;
        this.recipientAddress = null;
        this.buyerDataRedactedAt = Timestamps.now();
        touch();
    }

    private void touch() {
        this.updatedAt = Timestamps.now();
    }

    public String environment() { return environment; }
    public String orderSn() { return orderSn; }
    public String profileId() { return profileId; }
    public String orderId() { return orderId; }
    public String shopeeStatus() { return shopeeStatus; }
    public long updateTime() { return updateTime; }
    public String lastEventId() { return lastEventId; }
    public String currency() { return currency; }
    public BigDecimal totalAmount() { return totalAmount; }
    public String buyerUsername() { return buyerUsername; }
    public String recipientName() { return recipientName; }
    public String recipientPhone() { return recipientPhone; }
    public String recipientAddress() { return recipientAddress; }
    public OffsetDateTime buyerDataRedactedAt() { return buyerDataRedactedAt; }
    public BigDecimal escrowAmount() { return escrowAmount; }
    public OffsetDateTime escrowRecordedAt() { return escrowRecordedAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
