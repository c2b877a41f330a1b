package com.exzentcg.platform.connector.shopee.webhook;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts processing a push as soon as it is committed, on the container's managed executor, so
 * the webhook answer never waits for it. If the executor is saturated the poll timer picks the
 * event up instead; nothing depends on this kick happening.
 */
@ApplicationScoped
public class EventDispatcher {

    @Resource
    ManagedExecutorService executor;

    @EJB
    EventProcessor processor;

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopeeEventStored stored) {
        try {
            executor.execute(() -> processor.process(stored.eventId()));
        } catch (RejectedExecutionException busy) {
            // The poll timer will claim it.
        }
    }
}
