package com.exzentcg.platform.connector.shopee.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of push ingest and processing. */
@ApplicationScoped
public class EventSettings {

    @Inject
    @ConfigProperty(name = "shopee.webhook.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "shopee.events.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "shopee.events.retry-base-seconds", defaultValue = "10")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "shopee.events.poll-interval-seconds", defaultValue = "5")
    long pollIntervalSeconds;

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Exponential: base, 2×base, 4×base… capped at one hour. */
    public Duration backoff(int attemptsSoFar) {
        long seconds = retryBaseSeconds << Math.min(attemptsSoFar, 12);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollIntervalSeconds));
    }
}
