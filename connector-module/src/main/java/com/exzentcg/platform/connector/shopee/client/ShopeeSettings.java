package com.exzentcg.platform.connector.shopee.client;

import java.time.Duration;

/**
 * Transport settings, fed from the managed connection factory's config properties.
 *
 * @param readTimeout  per attempt, so a stalled Shopee costs at most maxAttempts times this plus backoff
 * @param maxAttempts  1 disables retries
 * @param backoff      delay before the second attempt; doubles for each further one
 */
public record ShopeeSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration backoff) {

    public ShopeeSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
    }

    public static ShopeeSettings defaults() {
        return new ShopeeSettings(Duration.ofMillis(5000), Duration.ofMillis(15000), 3, Duration.ofMillis(500));
    }

    /** Backoff before attempt {@code attempt + 1}, capped so a misconfiguration cannot park a thread for long. */
    Duration backoffAfter(int attempt) {
        long millis = backoff.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, 30_000));
    }
}
