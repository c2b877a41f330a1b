package com.exzentcg.platform.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** What an operator may set on a level directly; quantities only change through movements. */
public record LevelChanges(
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more")
        @Max(value = 1_000_000, message = "must be at most 1000000") Integer lowStockThreshold) {
}
