package com.exzentcg.platform.catalog.rest;

import com.exzentcg.platform.catalog.Grade;
import com.exzentcg.platform.catalog.TcgAttributes;
import com.exzentcg.platform.catalog.Variant;
import java.math.BigDecimal;
import java.time.Instant;

/** A variant as clients see it; TCG attributes are flat fields, the grade a small object. */
public record VariantView(String id, String productId, String productTitle, String sku, String barcode, String title,
        MoneyView price, String game, String setCode, String setName, String collectorNumber, String rarity,
        String condition, String language, String finish, GradeView grade, Instant createdAt, Instant updatedAt) {

    public record GradeView(String company, BigDecimal score) {
        static GradeView from(Grade grade) {
            return grade == null ? null : new GradeView(grade.company(), grade.score());
        }
    }

    public static VariantView from(Variant v) {
        TcgAttributes a = v.attributes();
        return new VariantView(v.id(), v.productId(), v.product().title(), v.sku(), v.barcode(), v.title(),
                MoneyView.from(v.price()), a.game(), a.setCode(), a.setName(), a.collectorNumber(), a.rarity(),
                a.condition().wireName(), a.language(), a.finish().wireName(), GradeView.from(v.grade()),
                v.createdAt().toInstant(), v.updatedAt().toInstant());
    }
}
