package com.exzentcg.platform.location;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;

/** A partial update: {@code null} means "leave as is"; a present value must be valid. */
public record StockLocationChanges(
        @Size(min = 1, max = 32, message = "must be 1 to 32 characters")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "may contain only letters, digits, '-' and '_'")
        String code,
        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,
        @Pattern(regexp = LocationType.PATTERN, message = "must be one of warehouse, store, consignment, other")
        String type,
        Boolean active,
        @Size(max = 200, message = "must be at most 200 characters") String addressLine1,
        @Size(max = 200, message = "must be at most 200 characters") String addressLine2,
        @Size(max = 100, message = "must be at most 100 characters") String city,
        @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode) {

    public boolean isEmpty() {
        return Stream.of(code, name, type, active, addressLine1, addressLine2, city, postalCode, countryCode)
                .allMatch(java.util.Objects::isNull);
    }

    boolean touchesAddress() {
        return Stream.of(addressLine1, addressLine2, city, postalCode, countryCode).anyMatch(java.util.Objects::nonNull);
    }
}
