package com.exzentcg.platform.inventory;

import com.exzentcg.platform.catalog.VariantReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** A variant with a stock level or ledger history must stay: the ledger names it forever. */
@ApplicationScoped
public class InventoryReferences implements VariantReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean anyReferenced(Collection<String> variantIds) {
        return !em.createQuery("select l.id from InventoryLevel l where l.variantId in :ids", String.class)
                        .setParameter("ids", variantIds).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select m.id from StockMovement m where m.variantId in :ids", String.class)
                        .setParameter("ids", variantIds).setMaxResults(1).getResultList().isEmpty();
    }
}
