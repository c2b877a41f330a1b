package com.exzentcg.platform.connector.shopee.warehouse;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.Warehouse;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.token.ShopeeCalls;
import com.exzentcg.platform.connector.shopee.token.UpstreamFailure;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** Pulls a profile's warehouses from Shopee into a local table operators pick locations from. */
@Stateless
public class ShopeeWarehouses {

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeCalls shopee;

    /** Replaces the stored list with Shopee's current one (the call happens outside this transaction). */
    public List<ShopeeWarehouse> refresh(String profileId) {
        profiles.get(profileId);
        List<Warehouse> current;
        try {
            current = shopee.forShop(profileId, (connection, shop) -> connection.getWarehouseDetail(shop));
        } catch (ShopeeApiException | ShopeeTransportException e) {
            throw UpstreamFailure.of("get_warehouse_detail", e);
        }
        em.createQuery("delete from ShopeeWarehouse w where w.profileId = :p").setParameter("p", profileId).executeUpdate();
        OffsetDateTime now = Timestamps.now();
        current.forEach(w -> em.persist(new ShopeeWarehouse(profileId, w, now)));
        em.flush();
        return list(profileId);
    }

    public List<ShopeeWarehouse> list(String profileId) {
        profiles.get(profileId);
        return em.createQuery("select w from ShopeeWarehouse w where w.profileId = :p order by w.warehouseType, w.warehouseId",
                ShopeeWarehouse.class).setParameter("p", profileId).getResultList();
    }
}
