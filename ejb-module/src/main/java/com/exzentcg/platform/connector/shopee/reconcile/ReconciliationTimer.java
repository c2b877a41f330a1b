package com.exzentcg.platform.connector.shopee.reconcile;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Fires both reconciliation passes on every node; each pass runs once per cluster (advisory lock). */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReconciliationTimer {

    private static final Logger LOG = Logger.getLogger(ReconciliationTimer.class.getName());
    private static final String LOST_PUSH = "shopee-lost-push";
    private static final String POLL = "shopee-order-poll";

    @Resource
    TimerService timers;

    @Inject
    ReconcileSettings settings;

    @EJB
    LostPushSweep lostPush;

    @EJB
    OrderPollSweep poll;

    @PostConstruct
    void schedule() {
        long lost = settings.lostPushInterval().toMillis();
        long polling = settings.pollInterval().toMillis();
        timers.createIntervalTimer(lost, lost, new TimerConfig(LOST_PUSH, false));
        timers.createIntervalTimer(polling, polling, new TimerConfig(POLL, false));
    }

    @Timeout
    void fire(Timer timer) {
        try {
            ReconcileReport report = LOST_PUSH.equals(timer.getInfo()) ? lostPush.run() : poll.run();
            if (report.stored() > 0) {
                LOG.info(() -> "Reconciliation " + report.kind() + " queued " + report.stored() + " event(s)");
            }
        } catch (RuntimeException e) {
            // Shopee down or the shop not authorized: the next pass tries again.
            LOG.warning(() -> "Reconciliation " + timer.getInfo() + " pass failed: " + e.getClass().getSimpleName());
        }
    }
}
