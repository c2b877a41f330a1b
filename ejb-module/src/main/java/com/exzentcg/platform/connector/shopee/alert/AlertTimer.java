package com.exzentcg.platform.connector.shopee.alert;

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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Fires the alert sender on every node at the configured interval (non-persistent: the outbox
 * is the durable part), and the push success-rate check at its own, slower interval. The
 * advisory locks inside make each pass happen once per cluster; the per-minute post window is
 * this node's (the platform runs as one node).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertTimer {

    private static final Logger LOG = Logger.getLogger(AlertTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AlertSettings settings;

    @EJB
    AlertSender sender;

    @EJB
    PushRateWatch pushRate;

    private final PostWindow window = new PostWindow();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant nextRateCheck = Instant.EPOCH;

    @PostConstruct
    void schedule() {
        long interval = settings.sendInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("shopee-alert-sender", false));
    }

    /** Each pass is its own transaction (in the beans it calls), so a failed one never triggers a timer retry. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!Instant.now().isBefore(nextRateCheck)) {
                nextRateCheck = Instant.now().plus(settings.successRateCheckInterval());
                pushRate.check();
            }
            sender.pass(window);
        } catch (RuntimeException e) {
            // A failed pass must not cancel the timer; the next one retries. No message: it may quote a payload.
            LOG.warning(() -> "Alert pass failed: " + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
