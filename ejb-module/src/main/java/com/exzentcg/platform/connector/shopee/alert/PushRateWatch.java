package com.exzentcg.platform.connector.shopee.alert;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.webhook.PushStats;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvents;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Warns before Shopee gives up on us: Shopee disables push for a shop whose delivery success
 * falls too low, so a run of pushes that do not verify (a rotated push key, a proxy mangling
 * bodies) raises {@code PUSH_SUCCESS_RATE_LOW}, which alerts like any new exception. While that
 * exception is open, later checks only count occurrences, so the alert goes out once.
 */
@Stateless
public class PushRateWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertSettings settings;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeEvents events;

    @EJB
    ConnectorExceptions exceptions;

    /** Checks every active profile's last hour; returns how many were too low, or -1 when another node checks. */
    public int check() {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-push-success-rate")) {
            return -1;
        }
        OffsetDateTime since = Timestamps.now().minusHours(1);
        int low = 0;
        for (ShopeeEnvironment environment : ShopeeEnvironment.values()) {
            Optional<ShopeeProfile> active = profiles.active(environment);
            if (active.isEmpty()) {
                continue;
            }
            String profileId = active.get().id();
            PushStats lastHour = events.pushStats(profileId, since);
            if (tooLow(lastHour, settings.successRateMinPushes(), settings.successRateThreshold())) {
                low++;
                exceptions.raise(ExceptionType.PUSH_SUCCESS_RATE_LOW, environment.wireName(), profileId, null,
                        String.format(java.util.Locale.ROOT,
                                "Only %d of %d pushes in the last hour verified (%.0f%%, alert below %.0f%%);"
                                        + " check the push partner key before Shopee disables push for the shop",
                                lastHour.verified(), lastHour.received(), 100 * lastHour.successRate(),
                                100 * settings.successRateThreshold()));
            }
        }
        return low;
    }

    /** Enough pushes to judge, and too few of them verified. */
    static boolean tooLow(PushStats stats, int minPushes, double threshold) {
        return stats.received() >= minPushes && stats.successRate() != null && stats.successRate() < threshold;
    }
}
