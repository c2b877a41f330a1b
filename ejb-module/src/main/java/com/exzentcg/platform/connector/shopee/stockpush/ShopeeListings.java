package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.connector.shopee.Model;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMapped;
import com.exzentcg.platform.connector.shopee.skumap.ShopeeSkuMappings;
import com.exzentcg.platform.connector.shopee.token.ShopeeCalls;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which Shopee item/model sells which platform SKU. A refresh reads {@code get_model_list} per item
 * (the calls run outside this transaction) and replaces that item's models, keeping what the stock
 * push recorded about them; it also records Shopee's reserved (promotion) stock per model. A
 * model's platform SKU is its Shopee SKU normalised, or the variant a Shopee SKU mapping names.
 */
@Stateless
public class ShopeeListings {

    public static final int MAX_ITEMS = 50;
    /** Platform stock locations have ids like this; anything else in a profile's default is a Shopee location. */
    static final String PLATFORM_LOCATION_PREFIX = "sloc_";

    /** Keeps what the stock push recorded (last pushed). Typed casts: EclipseLink binds a null as varchar. */
    private static final String UPSERT = """
            INSERT INTO shopee_listing (profile_id, item_id, model_id, model_sku, sku, location_id, model_status,
                                        reserved_stock, reserved_updated_at, shopee_stock, refreshed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), CAST(?9 AS integer), now())
            ON CONFLICT (profile_id, item_id, model_id) DO UPDATE SET
                model_sku = excluded.model_sku, sku = excluded.sku, location_id = excluded.location_id,
                model_status = excluded.model_status, reserved_stock = excluded.reserved_stock,
                reserved_updated_at = now(), shopee_stock = excluded.shopee_stock, refreshed_at = now()""";

    /** What a refresh did with one item: how many models it stored, or why it could not. */
    public record ItemOutcome(long itemId, int models, String error) {
    }

    /** A listed model and the variant its SKU names today (null when none does). */
    public record ListedModel(ShopeeListing listing, String variantId) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeCalls shopee;

    @EJB
    Catalog catalog;

    @EJB
    ShopeeSkuMappings mappings;

    /**
     * Reads each item's models from Shopee and stores them. An item Shopee refuses (unknown item,
     * a transient failure) is reported and the others still stored; a profile that cannot call
     * Shopee at all (not authorized, incomplete credentials) refuses the whole refresh.
     */
    public List<ItemOutcome> refresh(String profileId, List<Long> itemIds) {
        ShopeeProfile profile = profiles.get(profileId);
        if (itemIds == null || itemIds.isEmpty()) {
            throw PlatformException.invalid("item_ids", "must name at least one item");
        }
        if (itemIds.size() > MAX_ITEMS) {
            throw PlatformException.invalid("item_ids", "must name at most " + MAX_ITEMS + " items");
        }
        if (itemIds.stream().anyMatch(id -> id == null || id <= 0)) {
            throw PlatformException.invalid("item_ids", "must be positive Shopee item ids");
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (long itemId : new LinkedHashSet<>(itemIds)) {
            try {
                outcomes.add(new ItemOutcome(itemId, refresh(profile, itemId), null));
            } catch (ShopeeApiException e) {
                outcomes.add(new ItemOutcome(itemId, 0, "Shopee " + e.error()
                        + (e.shopeeMessage() == null || e.shopeeMessage().isBlank() ? "" : " (" + e.shopeeMessage() + ")")));
            } catch (ShopeeTransportException e) {
                outcomes.add(new ItemOutcome(itemId, 0, "Shopee could not be reached; try again later"));
            }
        }
        return outcomes;
    }

    /** Re-reads one item from Shopee; Shopee's failures reach the caller as themselves. */
    public int refreshItem(String profileId, long itemId) {
        return refresh(profiles.get(profileId), itemId);
    }

    private int refresh(ShopeeProfile profile, long itemId) {
        List<Model> models = shopee.forShop(profile.id(), (connection, shop) -> connection.getModelList(shop, itemId));
        String profileLocation = shopeeLocationOf(profile.defaultLocationId());
        List<Long> kept = models.stream().map(Model::modelId).toList();
        // Models Shopee no longer lists stop being pushed.
        var gone = em.createQuery("delete from ShopeeListing l where l.profileId = :p and l.itemId = :i"
                        + (kept.isEmpty() ? "" : " and l.modelId not in :kept"))
                .setParameter("p", profile.id()).setParameter("i", itemId);
        if (!kept.isEmpty()) {
            gone.setParameter("kept", kept);
        }
        gone.executeUpdate();
        Map<String, String> translation = mappings.translate(models.stream().map(Model::modelSku)
                .filter(Objects::nonNull).toList());
        for (Model model : models) {
            String location = stockLocation(profileLocation, model);
            em.createNativeQuery(UPSERT)
                    .setParameter(1, profile.id()).setParameter(2, itemId).setParameter(3, model.modelId())
                    .setParameter(4, model.modelSku()).setParameter(5, platformSku(model.modelSku(), translation))
                    .setParameter(6, location).setParameter(7, model.modelStatus())
                    .setParameter(8, Math.max(0, model.totalReservedStock()))
                    .setParameter(9, shopeeStock(location, model))
                    .executeUpdate();
        }
        return models.size();
    }

    public Page<ListedModel> list(String profileId, PageRequest page, Long itemId, String sku) {
        profiles.get(profileId);
        var where = new Where().and("l.profileId = :profile", "profile", profileId)
                .and("l.itemId = :item", "item", itemId)
                .and("l.sku = :sku", "sku", sku == null || sku.isBlank() ? null : Variant.normaliseSku(sku));
        Page<ShopeeListing> listings = Pages.of(
                where.bind(em.createQuery("select l from ShopeeListing l" + where + " order by l.itemId, l.modelId",
                        ShopeeListing.class)),
                where.bind(em.createQuery("select count(l) from ShopeeListing l" + where, Long.class)), page);
        Map<String, Variant> variants = catalog.bySkus(listings.items().stream().map(ShopeeListing::sku)
                .filter(Objects::nonNull).toList());
        return listings.map(l -> new ListedModel(l, l.sku() == null || !variants.containsKey(l.sku())
                ? null : variants.get(l.sku()).id()));
    }

    /** The models of one item, in model order. */
    public List<ShopeeListing> models(String profileId, long itemId) {
        return em.createQuery("select l from ShopeeListing l where l.profileId = :p and l.itemId = :i order by l.modelId",
                ShopeeListing.class).setParameter("p", profileId).setParameter("i", itemId).getResultList();
    }

    /** Records Shopee's reserved stock of a listed model; false when the model is not listed. */
    public boolean reserved(String profileId, long itemId, long modelId, int reserved) {
        return em.createNativeQuery("""
                UPDATE shopee_listing SET reserved_stock = ?4, reserved_updated_at = now()
                 WHERE profile_id = ?1 AND item_id = ?2 AND model_id = ?3""")
                .setParameter(1, profileId).setParameter(2, itemId).setParameter(3, modelId)
                .setParameter(4, Math.max(0, reserved)).executeUpdate() > 0;
    }

    /** A profile's default location when it is a Shopee location id (a warehouse's stock key), else null. */
    static String shopeeLocationOf(String defaultLocationId) {
        return defaultLocationId == null || defaultLocationId.isBlank() || defaultLocationId.startsWith(PLATFORM_LOCATION_PREFIX)
                ? null : defaultLocationId;
    }

    /**
     * Where the model's stock is set: the profile's Shopee location if it names one, else the
     * first location Shopee lists for the model's seller stock, else none (a shop without warehouses).
     */
    static String stockLocation(String profileShopeeLocation, Model model) {
        if (profileShopeeLocation != null) {
            return profileShopeeLocation;
        }
        return model.sellerStock().stream().map(Model.LocationStock::locationId)
                .filter(id -> id != null && !id.isBlank()).findFirst().orElse(null);
    }

    private static Integer shopeeStock(String location, Model model) {
        if (location == null) {
            return model.sellerStock().stream().mapToInt(Model.LocationStock::stock).sum();
        }
        return model.sellerStock().stream().filter(s -> location.equals(s.locationId()))
                .map(Model.LocationStock::stock).findFirst().orElse(null);
    }

    static String platformSku(String modelSku) {
        return platformSku(modelSku, Map.of());
    }

    /** The platform SKU a model sells: its SKU normalised, or what a Shopee SKU mapping says it means. */
    static String platformSku(String modelSku, Map<String, String> translation) {
        return ShopeeSkuMappings.platformSku(modelSku, translation);
    }

    /**
     * A Shopee SKU mapping was created or deleted: listed models (of every profile) whose SKU is
     * that Shopee SKU now sell the mapped variant's SKU, or their own SKU again. Joins the
     * mapping's transaction, so listings refreshed before the mapping follow it in the same commit.
     * Returns how many models changed.
     */
    public int remapped(ShopeeSkuMapped change) {
        String from = change.removed() ? change.sku() : change.shopeeSku();
        String to = change.removed() ? change.shopeeSku() : change.sku();
        // The raw model SKUs that spell the Shopee SKU (normalised here, as at refresh).
        List<String> modelSkus = em.createQuery("select distinct l.modelSku from ShopeeListing l where l.sku = :from",
                        String.class).setParameter("from", from).getResultStream()
                .filter(s -> change.shopeeSku().equals(platformSku(s))).toList();
        if (modelSkus.isEmpty()) {
            return 0;
        }
        return em.createQuery("update ShopeeListing l set l.sku = :to where l.sku = :from and l.modelSku in :raw")
                .setParameter("to", to).setParameter("from", from).setParameter("raw", modelSkus).executeUpdate();
    }
}
