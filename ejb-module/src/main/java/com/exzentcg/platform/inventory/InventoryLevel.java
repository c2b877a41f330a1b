package com.exzentcg.platform.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stock of one variant at one location. Read-only to JPA: rows are created and changed only by
 * the guarded SQL in {@link Inventory}, which returns fresh copies built by {@link #fromRow}.
 */
@Entity
@Table(name = "inventory_level")
public class InventoryLevel {

    public static final String ID_PREFIX = "ilev";

    @Id
    private String id;
    @Column(name = "variant_id", nullable = false, insertable = false, updatable = false)
    private String variantId;
    @Column(nullable = false, insertable = false, updatable = false)
    private String sku;
    @Column(name = "location_id", nullable = false, insertable = false, updatable = false)
    private String locationId;
    @Column(nullable = false, insertable = false, updatable = false)
    private int stocked;
    @Column(nullable = false, insertable = false, updatable = false)
    private int reserved;
    @Column(name = "low_stock_threshold", nullable = false, insertable = false, updatable = false)
    private int lowStockThreshold;
    @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    protected InventoryLevel() {
    }

    public InventoryLevel(String id, String variantId, String sku, String locationId, int stocked, int reserved,
            int lowStockThreshold, OffsetDateTime updatedAt) {
        this.id = id;
        this.variantId = variantId;
        this.sku = sku;
        this.locationId = locationId;
        this.stocked = stocked;
        this.reserved = reserved;
        this.lowStockThreshold = lowStockThreshold;
        this.updatedAt = updatedAt;
    }

    /** A row in the column order of {@code Inventory}'s RETURNING clause. */
    static InventoryLevel fromRow(Object[] row) {
        return new InventoryLevel((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), ((Number) row[6]).intValue(),
                timestamp(row[7]));
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** What can still be promised to a buyer. */
    public int available() {
        return stocked - reserved;
    }

    /** At or below the threshold, so out-of-stock counts as low until someone decides otherwise. */
    public boolean lowStock() {
        return available() <= lowStockThreshold;
    }

    public String id() { return id; }
    public String variantId() { return variantId; }
    public String sku() { return sku; }
    public String locationId() { return locationId; }
    public int stocked() { return stocked; }
    public int reserved() { return reserved; }
    public int lowStockThreshold() { return lowStockThreshold; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
