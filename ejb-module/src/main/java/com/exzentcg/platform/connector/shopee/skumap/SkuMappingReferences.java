package com.exzentcg.platform.connector.shopee.skumap;

import com.exzentcg.platform.catalog.VariantReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/**
 * A variant a Shopee SKU is mapped to keeps its SKU (and its product is archived rather than
 * deleted), so a mapping never points at a SKU that no longer exists. Delete the mapping first.
 */
@ApplicationScoped
public class SkuMappingReferences implements VariantReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean anyReferenced(Collection<String> variantIds) {
        return !em.createQuery("select m.id from ShopeeSkuMapping m where m.variantId in :ids", String.class)
                .setParameter("ids", variantIds).setMaxResults(1).getResultList().isEmpty();
    }
}
