package com.exzentcg.platform.location.rest;

import com.exzentcg.platform.location.StockLocation;
import java.time.Instant;

/** A stock location as clients see it. */
public record StockLocationView(String id, String code, String name, String type, boolean active,
        String addressLine1, String addressLine2, String city, String postalCode, String countryCode,
        Instant createdAt, Instant updatedAt) {

    public static StockLocationView from(StockLocation l) {
        var a = l.address();
        return new StockLocationView(l.id(), l.code(), l.name(), l.type().wireName(), l.active(),
                a.line1(), a.line2(), a.city(), a.postalCode(), a.countryCode(),
                l.createdAt().toInstant(), l.updatedAt().toInstant());
    }
}
