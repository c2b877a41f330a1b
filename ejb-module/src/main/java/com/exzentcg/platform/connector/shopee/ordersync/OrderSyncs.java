package com.exzentcg.platform.connector.shopee.ordersync;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Read access to the Shopee side of platform orders. */
@Stateless
public class OrderSyncs {

    @PersistenceContext
    EntityManager em;

    public Optional<ShopeeOrderSync> forOrder(String orderId) {
        return em.createQuery("select s from ShopeeOrderSync s where s.orderId = :id", ShopeeOrderSync.class)
                .setParameter("id", orderId).getResultStream().findFirst();
    }
}
