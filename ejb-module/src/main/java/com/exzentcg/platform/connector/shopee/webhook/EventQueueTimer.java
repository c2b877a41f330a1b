package com.exzentcg.platform.connector.shopee.webhook;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Drains the event queue on every node: retries that came due, events whose immediate kick was
 * lost (crash, saturated executor), and work left by a node that died. SKIP LOCKED spreads the
 * queue across nodes without duplicates.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventQueueTimer {

    private static final Logger LOG = Logger.getLogger(EventQueueTimer.class.getName());
    private static final long BUDGET_MILLIS = 20_000;

    @Resource
    TimerService timers;

    @Inject
    EventSettings settings;

    @EJB
    EventProcessor processor;

    private final AtomicBoolean draining = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("shopee-event-queue", false));
    }

    @Timeout
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            long until = System.currentTimeMillis() + BUDGET_MILLIS;
            while (System.currentTimeMillis() < until && processor.processNext()) {
                // keep draining
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Event queue pass stopped: " + e.getClass().getSimpleName());
        } finally {
            draining.set(false);
        }
    }
}
