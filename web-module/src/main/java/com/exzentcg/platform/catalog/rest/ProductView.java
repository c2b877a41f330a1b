package com.exzentcg.platform.catalog.rest;

import com.exzentcg.platform.catalog.Product;
import java.time.Instant;
import java.util.List;

/** A product with its variants. */
public record ProductView(String id, String handle, String title, String description, String status,
        List<VariantView> variants, Instant createdAt, Instant updatedAt) {

    public static ProductView from(Product p) {
        return new ProductView(p.id(), p.handle(), p.title(), p.description(), p.status().wireName(),
                p.variants().stream().map(VariantView::from).toList(), p.createdAt().toInstant(),
                p.updatedAt().toInstant());
    }
}
