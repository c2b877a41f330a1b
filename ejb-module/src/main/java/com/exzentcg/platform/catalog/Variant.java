package com.exzentcg.platform.catalog;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/** One sellable, stockable copy of a product: a SKU with a price, a condition, a language… */
@Entity
@Table(name = "product_variant")
public class Variant {

    public static final String ID_PREFIX = "var";
    public static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false, unique = true)
    private String sku;

    private String barcode;

    @Column(nullable = false)
    private String title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "price_amount", nullable = false)),
        @AttributeOverride(name = "currencyCode", column = @Column(name = "price_currency_code", nullable = false))
    })
    private Money price;

    @Embedded
    private TcgAttributes attributes;

    @Embedded
    private Grade grade;

    /** Maintained by PostgreSQL (a generated column); read only so queries can use its trigram index. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Variant() {
    }

    public Variant(Product product, String sku, String barcode, String title, Money price,
            TcgAttributes attributes, Grade grade) {
        this.id = Ids.next(ID_PREFIX);
        this.product = Objects.requireNonNull(product, "product");
        this.sku = normaliseSku(sku);
        this.barcode = TcgAttributes.blankToNull(barcode);
        this.price = Objects.requireNonNull(price, "price");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.grade = grade;
        this.title = title == null || title.isBlank() ? defaultTitle(product.title(), attributes, grade) : title.trim();
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    /** SKUs compare case-insensitively for operators and marketplaces, so they are stored upper-case. */
    public static String normaliseSku(String sku) {
        return sku.trim().toUpperCase(Locale.ROOT);
    }

    /** {@code "Charizard ex · NM · EN · Foil · PSA 10"}: enough to tell copies apart on a pick list. */
    static String defaultTitle(String productTitle, TcgAttributes a, Grade grade) {
        StringJoiner title = new StringJoiner(" · ").add(productTitle).add(a.condition().wireName()).add(a.language());
        if (a.finish() != Finish.NORMAL) {
            String finish = a.finish().wireName().replace('_', ' ');
            title.add(Character.toUpperCase(finish.charAt(0)) + finish.substring(1));
        }
        if (grade != null) {
            title.add(grade.toString());
        }
        return title.toString();
    }

    void apply(VariantChanges c) {
        Money newPrice = c.price() == null ? null : c.price().toMoney();
        Grade newGrade = c.grade() == null ? null : c.grade().toGrade();
        if (c.sku() != null) {
            this.sku = normaliseSku(c.sku());
        }
        if (c.barcode() != null) {
            this.barcode = TcgAttributes.blankToNull(c.barcode());
        }
        if (c.price() != null) {
            this.price = newPrice;
        }
        if (c.touchesAttributes()) {
            this.attributes = attributes.with(c.game(), c.setCode(), c.setName(), c.collectorNumber(), c.rarity(),
                    c.condition() == null ? null : CardCondition.fromWire(c.condition()),
                    c.language(), c.finish() == null ? null : Finish.fromWire(c.finish()));
        }
        if (c.grade() != null) {
            this.grade = newGrade;
        }
        // After the attributes and grade, so a blank title is rebuilt from what this change sets.
        if (c.title() != null) {
            this.title = c.title().isBlank() ? defaultTitle(product.title(), attributes, grade) : c.title().trim();
        }
        this.updatedAt = Timestamps.now();
        product.touch();
    }

    public String id() { return id; }
    public Product product() { return product; }
    public String productId() { return product.id(); }
    public String sku() { return sku; }
    public String barcode() { return barcode; }
    public String title() { return title; }
    public Money price() { return price; }
    public TcgAttributes attributes() { return attributes; }
    public Grade grade() { return grade; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variant v && Objects.equals(v.id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
