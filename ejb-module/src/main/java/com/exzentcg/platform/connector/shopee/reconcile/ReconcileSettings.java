package com.exzentcg.platform.connector.shopee.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the reconciliation passes. */
@ApplicationScoped
public class ReconcileSettings {

    @Inject
    @ConfigProperty(name = "shopee.reconcile.lost-push-interval-seconds", defaultValue = "60")
    long lostPushIntervalSeconds;

    @Inject
    @ConfigProperty(name = "shopee.reconcile.poll-interval-seconds", defaultValue = "300")
    long pollIntervalSeconds;

    /** How far back the first poll of a profile looks. */
    @Inject
    @ConfigProperty(name = "shopee.reconcile.poll-lookback-hours", defaultValue = "72")
    long pollLookbackHours;

    /** Each poll re-reads this much before the last one: update times can land late. */
    @Inject
    @ConfigProperty(name = "shopee.reconcile.poll-overlap-minutes", defaultValue = "10")
    long pollOverlapMinutes;

    public Duration lostPushInterval() {
        return Duration.ofSeconds(Math.max(5, lostPushIntervalSeconds));
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(5, pollIntervalSeconds));
    }

    public Duration pollLookback() {
        return Duration.ofHours(pollLookbackHours);
    }

    public Duration pollOverlap() {
        return Duration.ofMinutes(pollOverlapMinutes);
    }
}
