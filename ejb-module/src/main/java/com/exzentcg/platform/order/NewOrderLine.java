package com.exzentcg.platform.order;

import com.exzentcg.platform.catalog.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One line of a new order; without {@code unit_price} the variant's current price applies. */
public record NewOrderLine(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String sku,
        @NotNull(message = "is required") @Positive(message = "must be positive")
        @Max(value = 10_000, message = "must be at most 10000") Integer quantity,
        @Valid MoneyInput unitPrice) {
}
