package com.exzentcg.platform.connector.shopee.stockpush;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One Shopee model (a variation of an item; model 0 for an item without variations) and the
 * platform SKU it sells. Written by {@link ShopeeListings} and {@link StockPushes} with SQL that
 * keeps what the other wrote; JPA reads it.
 */
@Entity
@Table(name = "shopee_listing")
@IdClass(ShopeeListing.Key.class)
public class ShopeeListing {

    public record Key(String profileId, long itemId, long modelId) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }

    @Id
    @Column(name = "profile_id")
    private String profileId;
    @Id
    @Column(name = "item_id")
    private long itemId;
    @Id
    @Column(name = "model_id")
    private long modelId;
    @Column(name = "model_sku")
    private String modelSku;
    private String sku;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "model_status")
    private String modelStatus;
    @Column(name = "reserved_stock", nullable = false)
    private int reservedStock;
    @Column(name = "reserved_updated_at")
    private OffsetDateTime reservedUpdatedAt;
    @Column(name = "shopee_stock")
    private Integer shopeeStock;
    @Column(name = "last_pushed_stock")
    private Integer lastPushedStock;
    @Column(name = "last_pushed_at")
    private OffsetDateTime lastPushedAt;
    @Column(name = "refreshed_at", nullable = false)
    private OffsetDateTime refreshedAt;

    protected ShopeeListing() {
    }

    public String profileId() { return profileId; }
    public long itemId() { return itemId; }
    public long modelId() { return modelId; }
    public String modelSku() { return modelSku; }
    /** The platform SKU, or null when the model has none (it is then never pushed). */
    public String sku() { return sku; }
    public String locationId() { return locationId; }
    public String modelStatus() { return modelStatus; }
    public int reservedStock() { return reservedStock; }
    public OffsetDateTime reservedUpdatedAt() { return reservedUpdatedAt; }
    public Integer shopeeStock() { return shopeeStock; }
    public Integer lastPushedStock() { return lastPushedStock; }
    public OffsetDateTime lastPushedAt() { return lastPushedAt; }
    public OffsetDateTime refreshedAt() { return refreshedAt; }
}
