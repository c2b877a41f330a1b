package com.exzentcg.platform.connector.shopee.ordersync;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/** Runs the buyer-data retention hourly on every node; the pass itself runs once per cluster. */
@Singleton
public class BuyerDataRetentionTimer {

    private static final Logger LOG = Logger.getLogger(BuyerDataRetentionTimer.class.getName());

    @EJB
    BuyerDataRetention retention;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void redact() {
        try {
            int redacted = retention.redactExpired();
            if (redacted > 0) {
                LOG.info(() -> "Redacted buyer data of " + redacted + " Shopee order(s) past retention");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Buyer data retention pass failed: " + e.getClass().getSimpleName());
        }
    }
}
