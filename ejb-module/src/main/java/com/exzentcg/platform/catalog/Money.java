package com.exzentcg.platform.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in integer minor units of an ISO 4217 currency ({@code 1250 SGD} is S$12.50).
 * Integers because prices are summed and multiplied and must never drift by a cent.
 */
@Embeddable
public class Money {

    @Column(name = "amount")
    private long amount;

    @Column(name = "currency_code")
    private String currencyCode;

    protected Money() {
    }

    private Money(long amount, String currencyCode) {
        this.amount = amount;
        this.currencyCode = currencyCode;
    }

    /** @throws IllegalArgumentException for a negative amount or an unknown currency */
    public static Money of(long amount, String currencyCode) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        return new Money(amount, currency(currencyCode).getCurrencyCode());
    }

    /** {@code 12.50 SGD} → 1250; more decimals than the currency has is refused rather than rounded. */
    public static Money ofMajor(BigDecimal major, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal minor = major.movePointRight(Math.max(currency.getDefaultFractionDigits(), 0));
        try {
            return of(minor.longValueExact(), currency.getCurrencyCode());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("has more decimals than " + currency.getCurrencyCode() + " allows");
        }
    }

    public static boolean isCurrency(String code) {
        try {
            currency(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("currency code is required");
        }
        return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
    }

    public long amount() { return amount; }
    public String currencyCode() { return currencyCode; }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currencyCode);
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        return new Money(Math.multiplyExact(amount, quantity), currencyCode);
    }

    public boolean sameCurrencyAs(Money other) {
        return currencyCode.equals(other.currencyCode);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot combine " + currencyCode + " with " + other.currencyCode);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.amount == amount && m.currencyCode.equals(currencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currencyCode);
    }

    @Override
    public String toString() {
        return amount + " " + currencyCode;
    }
}
