package com.exzentcg.platform.connector.shopee.ordersync;

import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets Shopee buyers' personal data (name, phone, address, username) once the retention
 * period has passed; the order itself stays. One pass per cluster at a time.
 */
@Stateless
public class BuyerDataRetention {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "shopee.buyer-data.retention-days", defaultValue = "90")
    int retentionDays;

    /** Returns how many orders were redacted, or -1 when another node's pass is running. */
    public int redactExpired() {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-buyer-data-retention")) {
            return -1;
        }
        return em.createNativeQuery("""
                UPDATE shopee_order_sync
                   SET buyer_username = NULL, recipient_name = NULL, recipient_phone = NULL,
                       recipient_address = NULL, buyer_data_redacted_at = now(), updated_at = now(),
                       version = version + 1
                 WHERE buyer_data_redacted_at IS NULL AND created_at < now() - make_interval(days => ?1)""")
                .setParameter(1, retentionDays).executeUpdate();
    }
}
