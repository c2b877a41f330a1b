package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.inventory.AvailableStockChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Queues a push when committed stock changes. A failure here is logged, never thrown: the stock
 * change has already committed and must not look failed to whoever made it.
 */
@ApplicationScoped
public class StockChangeObserver {

    private static final Logger LOG = Logger.getLogger(StockChangeObserver.class.getName());

    @EJB
    StockPushes pushes;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailableStockChanged change) {
        try {
            pushes.stockChanged(change.sku());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stock push of SKU " + change.sku() + " not queued: " + e.getClass().getSimpleName());
        }
    }
}
