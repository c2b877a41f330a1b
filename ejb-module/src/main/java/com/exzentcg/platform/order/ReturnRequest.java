package com.exzentcg.platform.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Goods coming back; no items means everything still out. */
public record ReturnRequest(
        @Size(max = 500, message = "must have at most 500 items")
        List<@NotNull(message = "is required") @Valid Item> items) {

    public record Item(@NotBlank(message = "is required") String sku,
            @NotNull(message = "is required") @Positive(message = "must be positive") Integer quantity) {
    }

    public static ReturnRequest everything() {
        return new ReturnRequest(List.of());
    }
}
