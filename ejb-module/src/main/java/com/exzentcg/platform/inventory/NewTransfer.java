package com.exzentcg.platform.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Moves available stock of one SKU from one location to another. */
public record NewTransfer(
        @NotBlank(message = "is required") String sku,
        @NotBlank(message = "is required") String fromLocationId,
        @NotBlank(message = "is required") String toLocationId,
        @NotNull(message = "is required") @Positive(message = "must be positive")
        @Max(value = 1_000_000, message = "must be at most 1000000") Integer quantity,
        @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
