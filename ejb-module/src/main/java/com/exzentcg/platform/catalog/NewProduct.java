package com.exzentcg.platform.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A product and all its variants, created in one call. {@code status} defaults to active. */
public record NewProduct(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = NewProduct.HANDLE_PATTERN, message = "may contain only lowercase letters, digits and '-'")
        String handle,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        @Pattern(regexp = ProductStatus.PATTERN, message = "must be one of " + ProductStatus.CHOICES) String status,
        @NotEmpty(message = "must contain at least one variant") @Size(max = 200, message = "must have at most 200 variants")
        List<@NotNull(message = "is required") @Valid NewVariant> variants) {

    public static final String HANDLE_PATTERN = "(?i)[a-z0-9][a-z0-9-]*";
}
