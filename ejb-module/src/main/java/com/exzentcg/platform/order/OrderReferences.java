package com.exzentcg.platform.order;

import com.exzentcg.platform.catalog.VariantReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** A variant that was ever ordered must stay (archived at most): order lines name it. */
@ApplicationScoped
public class OrderReferences implements VariantReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean anyReferenced(Collection<String> variantIds) {
        return !em.createQuery("select l.id from OrderLine l where l.variantId in :ids", String.class)
                .setParameter("ids", variantIds).setMaxResults(1).getResultList().isEmpty();
    }
}
