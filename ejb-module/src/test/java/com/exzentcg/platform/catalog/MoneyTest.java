package com.exzentcg.platform.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Money TWELVE_FIFTY = Money.of(1250, "SGD");

    @Test
    void currencyCodeIsNormalisedAndValidated() {
        assertEquals("SGD", Money.of(1, " sgd ").currencyCode());
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, null));
        assertFalse(Money.isCurrency("SGDX"));
        assertTrue(Money.isCurrency("jpy"));
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(-1, "SGD"));
    }

    @Test
    void majorUnitsFollowTheCurrencysDecimals() {
        assertEquals(TWELVE_FIFTY, Money.ofMajor(new BigDecimal("12.50"), "SGD"));
        assertEquals(Money.of(1500, "JPY"), Money.ofMajor(new BigDecimal("1500"), "JPY"));
        assertThrows(IllegalArgumentException.class, () -> Money.ofMajor(new BigDecimal("12.345"), "SGD"));
        assertThrows(IllegalArgumentException.class, () -> Money.ofMajor(new BigDecimal("1.5"), "JPY"));
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        assertEquals(Money.of(3750, "SGD"), TWELVE_FIFTY.times(3));
        assertEquals(Money.of(1600, "SGD"), TWELVE_FIFTY.plus(Money.of(350, "SGD")));
        assertThrows(IllegalArgumentException.class, () -> TWELVE_FIFTY.plus(Money.of(1, "MYR")));
        assertThrows(ArithmeticException.class, () -> Money.of(Long.MAX_VALUE, "SGD").times(2));
    }
}
