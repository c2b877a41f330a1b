package com.exzentcg.platform.connector.shopee.token;

import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires the token refresh sweep on every node at the configured interval (non-persistent: a node
 * that is down has nothing to catch up, the next pass covers it).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TokenRefreshTimer {

    private static final Logger LOG = Logger.getLogger(TokenRefreshTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ConnectorSettings settings;

    @EJB
    TokenRefreshSweep sweep;

    @PostConstruct
    void schedule() {
        long interval = settings.refreshInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("shopee-token-refresh", false));
    }

    @Timeout
    void fire() {
        try {
            int refreshed = sweep.run();
            if (refreshed > 0) {
                LOG.info(() -> "Token refresh pass refreshed " + refreshed + " profile(s)");
            }
        } catch (RuntimeException e) {
            // A failed pass must not cancel the timer; the next one retries.
            LOG.log(Level.WARNING, "Token refresh pass failed: " + e.getClass().getSimpleName());
        }
    }
}
