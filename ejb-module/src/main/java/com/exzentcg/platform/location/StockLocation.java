package com.exzentcg.platform.location;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/** A place stock is held. Identified to operators by a short unique code such as {@code WH-SG}. */
@Entity
@Table(name = "stock_location")
public class StockLocation {

    public static final String ID_PREFIX = "sloc";

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false)
    private LocationType type;

    @Embedded
    private Address address;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected StockLocation() {
    }

    public StockLocation(String code, String name, LocationType type, Address address) {
        this.id = Ids.next(ID_PREFIX);
        this.code = normaliseCode(code);
        rename(name);
        this.type = Objects.requireNonNull(type, "type");
        this.address = address;
        this.active = true;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    /** Codes compare case-insensitively for operators, so they are stored upper-case. */
    public static String normaliseCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = newName.trim();
    }

    void apply(StockLocationChanges changes) {
        if (changes.code() != null) {
            this.code = normaliseCode(changes.code());
        }
        if (changes.name() != null) {
            rename(changes.name());
        }
        if (changes.type() != null) {
            this.type = LocationType.fromWire(changes.type());
        }
        if (changes.active() != null) {
            this.active = changes.active();
        }
        if (changes.touchesAddress()) {
            Address current = address == null ? new Address(null, null, null, null, null) : address;
            this.address = current.with(changes.addressLine1(), changes.addressLine2(), changes.city(),
                    changes.postalCode(), changes.countryCode());
        }
        this.updatedAt = Timestamps.now();
    }

    public String id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public LocationType type() { return type; }
    public Address address() { return address == null ? new Address(null, null, null, null, null) : address; }
    public boolean active() { return active; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
