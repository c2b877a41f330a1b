package com.exzentcg.platform.catalog.rest;

import com.exzentcg.platform.catalog.Money;

/** The contract's money shape: {@code {"amount": 1250, "currency_code": "SGD"}}. */
public record MoneyView(long amount, String currencyCode) {

    /** {@code null} stays {@code null} (e.g. a movement without a unit cost). */
    public static MoneyView from(Money money) {
        return money == null ? null : new MoneyView(money.amount(), money.currencyCode());
    }
}
