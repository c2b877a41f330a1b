package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMapped;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Keeps listings in step with Shopee SKU mappings: the listed models' platform SKU changes in the
 * mapping's own transaction (a failure rolls the mapping back), and once a new mapping commits the
 * items that now sell the variant are pushed its stock, as after a stock change.
 */
@ApplicationScoped
public class SkuMappingObserver {

    private static final Logger LOG = Logger.getLogger(SkuMappingObserver.class.getName());

    @EJB
    ShopeeListings listings;

    @EJB
    StockPushes pushes;

    void remap(@Observes ShopeeSkuMapped change) {
        int models = listings.remapped(change);
        if (models > 0) {
            LOG.info(() -> models + " listed Shopee model(s) with SKU " + change.shopeeSku() + " now sell "
                    + (change.removed() ? change.shopeeSku() + " (mapping deleted)" : change.sku()));
        }
    }

    void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopeeSkuMapped change) {
        if (change.removed()) {
            return;
        }
        try {
            pushes.stockChanged(change.sku());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stock push of SKU " + change.sku() + " after mapping not queued: " + e.getClass().getSimpleName());
        }
    }
}
