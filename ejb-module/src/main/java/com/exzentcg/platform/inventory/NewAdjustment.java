package com.exzentcg.platform.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A counted correction of one level: {@code delta} units found (+) or written off (−), and why. */
public record NewAdjustment(
        @NotBlank(message = "is required") String sku,
        @NotBlank(message = "is required") String locationId,
        @NotNull(message = "is required") @Min(value = -1_000_000, message = "must be at least -1000000")
        @Max(value = 1_000_000, message = "must be at most 1000000") Integer delta,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
