package com.exzentcg.platform.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The contract's money shape as clients send it: {@code {"amount": 1250, "currency_code": "SGD"}}. */
public record MoneyInput(
        @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") Long amount,
        @NotNull(message = "is required") @CurrencyCode String currencyCode) {

    public Money toMoney() {
        return Money.of(amount, currencyCode);
    }
}
