package com.exzentcg.platform.location;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator supplies to create a stock location. */
public record NewStockLocation(
        @NotBlank(message = "is required") @Size(max = 32, message = "must be at most 32 characters")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "may contain only letters, digits, '-' and '_'")
        String code,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,
        @NotBlank(message = "is required")
        @Pattern(regexp = LocationType.PATTERN, message = "must be one of warehouse, store, consignment, other")
        String type,
        @Size(max = 200, message = "must be at most 200 characters") String addressLine1,
        @Size(max = 200, message = "must be at most 200 characters") String addressLine2,
        @Size(max = 100, message = "must be at most 100 characters") String city,
        @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String countryCode) {
}
