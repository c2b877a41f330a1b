package com.exzentcg.platform.connector.shopee.stockpush;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the stock push. */
@ApplicationScoped
public class StockPushSettings {

    /** A steady stream of changes defers an item's push by at most this many debounce windows. */
    static final int MAX_DEFERRALS = 10;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "shopee.stockpush.debounce-millis", defaultValue = "2000")
    long debounceMillis;

    @Inject
    @ConfigProperty(name = "shopee.stockpush.interval-seconds", defaultValue = "2")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "shopee.stockpush.max-attempts", defaultValue = "6")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "shopee.stockpush.retry-base-millis", defaultValue = "5000")
    long retryBaseMillis;

    /** How long after the last change of an item its push waits for more changes. */
    public Duration debounce() {
        return Duration.ofMillis(Math.max(0, debounceMillis));
    }

    /** The debounce can move an item's push out by this much after its first unpushed change, no further. */
    public Duration maxDelay() {
        return debounce().multipliedBy(MAX_DEFERRALS);
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait after the {@code failedAttempts}-th failure in a row. */
    public Duration backoff(int failedAttempts) {
        return backoff(Duration.ofMillis(Math.max(1, retryBaseMillis)), failedAttempts);
    }

    /** Exponential: base after the first failure, then 2×, 4×… capped at {@link #MAX_BACKOFF}. */
    static Duration backoff(Duration base, int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
