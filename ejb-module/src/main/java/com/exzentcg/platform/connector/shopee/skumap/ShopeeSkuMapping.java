package com.exzentcg.platform.connector.shopee.skumap;

import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.platform.id.Ids;
import com.exzentcg.platform.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One Shopee SKU and the platform variant (by SKU and id) it stands for. Never changed: delete and map again. */
@Entity
@Table(name = "shopee_sku_mapping")
public class ShopeeSkuMapping {

    public static final String ID_PREFIX = "skm";

    @Id
    private String id;
    @Column(name = "shopee_sku", nullable = false, unique = true)
    private String shopeeSku;
    @Column(nullable = false)
    private String sku;
    @Column(name = "variant_id", nullable = false)
    private String variantId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ShopeeSkuMapping() {
    }

    ShopeeSkuMapping(String shopeeSku, Variant variant, String createdBy) {
        this.id = Ids.next(ID_PREFIX);
        this.shopeeSku = Variant.normaliseSku(shopeeSku);
        this.sku = variant.sku();
        this.variantId = variant.id();
        this.createdBy = createdBy;
        this.createdAt = Timestamps.now();
    }

    public String id() { return id; }
    /** The Shopee SKU, normalised as the catalog normalises SKUs. */
    public String shopeeSku() { return shopeeSku; }
    /** The platform variant's SKU. */
    public String sku() { return sku; }
    public String variantId() { return variantId; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
}
