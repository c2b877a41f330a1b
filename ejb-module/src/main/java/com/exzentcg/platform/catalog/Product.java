package com.exzentcg.platform.catalog;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A card printing or sealed item as merchandised; what is sold and stocked are its variants. */
@Entity
@Table(name = "product")
public class Product {

    public static final String ID_PREFIX = "prod";

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String handle;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductStatus status;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Variant> variants = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String handle, String title, String description, ProductStatus status) {
        this.id = Ids.next(ID_PREFIX);
        this.handle = normaliseHandle(handle);
        retitle(title);
        this.description = TcgAttributes.blankToNull(description);
        this.status = status == null ? ProductStatus.ACTIVE : status;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    /** A URL- and CSV-friendly key derived from a title: {@code "Charizard ex (151)"} → {@code charizard-ex-151}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 90 ? slug.substring(0, 90).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "product" : slug;
    }

    public static String normaliseHandle(String handle) {
        return handle.trim().toLowerCase(Locale.ROOT);
    }

    void retitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        this.title = newTitle.trim();
    }

    Variant add(Variant variant) {
        variants.add(variant);
        touch();
        return variant;
    }

    void apply(ProductChanges changes) {
        if (changes.handle() != null) {
            this.handle = normaliseHandle(changes.handle());
        }
        if (changes.title() != null) {
            retitle(changes.title());
        }
        if (changes.description() != null) {
            this.description = TcgAttributes.blankToNull(changes.description());
        }
        if (changes.status() != null) {
            this.status = ProductStatus.fromWire(changes.status());
        }
        touch();
    }

    /** Kept for the orders and ledger that mention it; it simply stops being sold. */
    void archive() {
        this.status = ProductStatus.ARCHIVED;
        touch();
    }

    void touch() {
        this.updatedAt = Timestamps.now();
    }

    public String id() { return id; }
    public String handle() { return handle; }
    public String title() { return title; }
    public String description() { return description; }
    public ProductStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }

    /** Variants by SKU, whatever order the database returned them in. */
    public List<Variant> variants() {
        return variants.stream().sorted(Comparator.comparing(Variant::sku)).toList();
    }

    List<String> variantIds() {
        return variants.stream().map(Variant::id).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product p && Objects.equals(p.id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
