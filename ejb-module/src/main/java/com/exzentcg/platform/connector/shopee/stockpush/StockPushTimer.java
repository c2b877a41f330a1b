package com.exzentcg.platform.connector.shopee.stockpush;

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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Fires a stock push pass every {@code shopee.stockpush.interval-seconds} on every node; one node's pass runs at a time. */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StockPushTimer {

    private static final Logger LOG = Logger.getLogger(StockPushTimer.class.getName());
    private static final Duration BUDGET = Duration.ofSeconds(20);

    @Resource
    TimerService timers;

    @Inject
    StockPushSettings settings;

    @EJB
    StockPushPass pass;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = settings.interval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("shopee-stock-push", false));
    }

    @Timeout
    void fire() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int pushed = pass.run(BUDGET);
            if (pushed > 0) {
                LOG.fine(() -> "Stock push pass pushed " + pushed + " item(s)");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stock push pass stopped: " + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
