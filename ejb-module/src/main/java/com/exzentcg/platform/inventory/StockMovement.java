package com.exzentcg.platform.inventory;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of the append-only stock ledger: who changed which level, when, why and by how much. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    public static final String ID_PREFIX = "mov";

    @Id
    private String id;
    @Column(name = "variant_id", nullable = false, updatable = false)
    private String variantId;
    @Column(nullable = false, updatable = false)
    private String sku;
    @Column(name = "location_id", nullable = false, updatable = false)
    private String locationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MovementKind kind;
    @Column(name = "stocked_delta", nullable = false, updatable = false)
    private int stockedDelta;
    @Column(name = "reserved_delta", nullable = false, updatable = false)
    private int reservedDelta;
    @Column(updatable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "reference_type", nullable = false, updatable = false)
    private ReferenceType referenceType;
    @Column(name = "reference_id", nullable = false, updatable = false)
    private String referenceId;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "unit_cost_amount", updatable = false)),
        @AttributeOverride(name = "currencyCode", column = @Column(name = "unit_cost_currency_code", updatable = false))
    })
    private Money unitCost;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected StockMovement() {
    }

    StockMovement(String variantId, String sku, String locationId, StockChange change, String reason,
            StockReference reference, Money unitCost, String actor) {
        this.id = Ids.next(ID_PREFIX);
        this.variantId = variantId;
        this.sku = sku;
        this.locationId = locationId;
        this.kind = change.kind();
        this.stockedDelta = change.stockedDelta();
        this.reservedDelta = change.reservedDelta();
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.referenceType = reference.type();
        this.referenceId = reference.id();
        this.unitCost = unitCost;
        this.actor = actor;
        this.createdAt = Timestamps.now();
    }

    public String id() { return id; }
    public String variantId() { return variantId; }
    public String sku() { return sku; }
    public String locationId() { return locationId; }
    public MovementKind kind() { return kind; }
    public int stockedDelta() { return stockedDelta; }
    public int reservedDelta() { return reservedDelta; }
    public String reason() { return reason; }
    public ReferenceType referenceType() { return referenceType; }
    public String referenceId() { return referenceId; }
    public Money unitCost() { return unitCost; }
    public String actor() { return actor; }
    public OffsetDateTime createdAt() { return createdAt; }
}
