package com.exzentcg.platform.connector.shopee.warehouse;

import com.exzentcg.platform.connector.shopee.Warehouse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A Shopee warehouse of one profile's shop; {@code location_id} is Shopee's stock key. */
@Entity
@Table(name = "shopee_warehouse")
@IdClass(ShopeeWarehouse.Key.class)
public class ShopeeWarehouse {

    /** Composite identity: a warehouse can appear as pickup and as return warehouse. */
    public record Key(String profileId, long warehouseId, int warehouseType) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }

    @Id
    @Column(name = "profile_id")
    private String profileId;
    @Id
    @Column(name = "warehouse_id")
    private long warehouseId;
    @Id
    @Column(name = "warehouse_type")
    private int warehouseType;
    private String name;
    @Column(name = "location_id")
    private String locationId;
    private String region;
    private String state;
    private String city;
    private String address;
    private String zipcode;
    @Column(name = "refreshed_at", nullable = false)
    private OffsetDateTime refreshedAt;

    protected ShopeeWarehouse() {
    }

    ShopeeWarehouse(String profileId, Warehouse w, OffsetDateTime refreshedAt) {
        this.profileId = profileId;
        this.warehouseId = w.warehouseId();
        this.warehouseType = w.warehouseType();
        this.name = w.warehouseName();
        this.locationId = w.locationId();
        this.region = w.region();
        this.state = w.state();
        this.city = w.city();
        this.address = w.address();
        this.zipcode = w.zipcode();
        this.refreshedAt = refreshedAt;
    }

    public String profileId() { return profileId; }
    public long warehouseId() { return warehouseId; }
    public int warehouseType() { return warehouseType; }
    public String name() { return name; }
    public String locationId() { return locationId; }
    public String region() { return region; }
    public String state() { return state; }
    public String city() { return city; }
    public String address() { return address; }
    public String zipcode() { return zipcode; }
    public OffsetDateTime refreshedAt() { return refreshedAt; }
}
