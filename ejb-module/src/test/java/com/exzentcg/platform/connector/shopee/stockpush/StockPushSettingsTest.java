package com.exzentcg.platform.connector.shopee.stockpush;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StockPushSettingsTest {

    private static final Duration BASE = Duration.ofSeconds(5);

    @Test
    void backoffDoublesPerFailure() {
        assertEquals(Duration.ofSeconds(5), StockPushSettings.backoff(BASE, 1));
        assertEquals(Duration.ofSeconds(10), StockPushSettings.backoff(BASE, 2));
        assertEquals(Duration.ofSeconds(20), StockPushSettings.backoff(BASE, 3));
        assertEquals(Duration.ofSeconds(160), StockPushSettings.backoff(BASE, 6));
    }

    @Test
    void backoffIsCappedAndNeverOverflows() {
        assertEquals(StockPushSettings.MAX_BACKOFF, StockPushSettings.backoff(BASE, 9));
        assertEquals(StockPushSettings.MAX_BACKOFF, StockPushSettings.backoff(BASE, 1000));
    }

    @Test
    void zeroFailuresWaitsTheBase() {
        assertEquals(BASE, StockPushSettings.backoff(BASE, 0));
    }

    @Test
    void debounceCapIsTenWindowsAndSettingsHaveSaneFloors() {
        StockPushSettings settings = new StockPushSettings();
        settings.debounceMillis = 2000;
        settings.intervalSeconds = 0;
        settings.maxAttempts = 0;
        settings.retryBaseMillis = 200;
        assertEquals(Duration.ofSeconds(20), settings.maxDelay());
        assertEquals(Duration.ofSeconds(1), settings.interval());
        assertEquals(1, settings.maxAttempts());
        assertEquals(Duration.ofMillis(400), settings.backoff(2));
    }
}
