package com.exzentcg.platform.connector.shopee.token;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One pass of the refresh timer: refresh every token expiring within the margin. The pass holds
 * a cluster-wide advisory lock, so when timers on several nodes fire together only one pass
 * runs; the per-profile lock in {@link TokenRefresher} would still keep a shop to one refresh.
 */
@Stateless
public class TokenRefreshSweep {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConnectorSettings settings;

    @EJB
    TokenRefresher refresher;

    /** Returns how many profiles this pass refreshed, or -1 when another node's pass is running. */
    public int run() {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-token-refresh")) {
            return -1;
        }
        OffsetDateTime horizon = Timestamps.now().plus(settings.refreshMargin());
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("""
                SELECT id FROM shopee_profile
                 WHERE access_token_secret IS NOT NULL AND refresh_token_secret IS NOT NULL
                   AND NOT needs_reconnect AND access_expires_at < ?1
                   AND (refresh_expires_at IS NULL OR refresh_expires_at > now())
                 ORDER BY access_expires_at""")
                .setParameter(1, horizon).getResultList();
        int refreshed = 0;
        for (String profileId : due) {
            var outcome = refresher.refreshIfDue(profileId);
            refreshed += outcome == RefreshOutcome.REFRESHED ? 1 : 0;
        }
        return refreshed;
    }
}
