package com.exzentcg.platform.connector.shopee.skumap;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.platform.caller.Caller;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Like;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Shopee SKU mapping boundary. A mapping says which platform variant a Shopee SKU means; it
 * holds for the whole merchant (every profile, both environments). Rules:
 * <ul>
 * <li>the target must be a catalog SKU (400 naming {@code sku});</li>
 * <li>the Shopee SKU must not be the SKU of another variant (409 naming {@code shopee_sku}): it
 * would then mean two variants; nor the target's own SKU (400: nothing to map);</li>
 * <li>one mapping per Shopee SKU: another mapping of the same Shopee SKU answers 409, whatever
 * its target. A mapping is never edited in place: delete it and create the new one, so each
 * change is its own audited call.</li>
 * </ul>
 * Creating and deleting fire {@link ShopeeSkuMapped} inside the transaction, so the stock push's
 * listings follow in the same commit.
 */
@Stateless
public class ShopeeSkuMappings {

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @Resource
    SessionContext session;

    @Inject
    Event<ShopeeSkuMapped> mapped;

    /** By Shopee SKU. {@code q} matches part of the Shopee SKU or of the platform SKU, case-insensitively. */
    public Page<ShopeeSkuMapping> list(PageRequest page, String q) {
        String pattern = q == null || q.isBlank() ? null : "%" + Like.escape(Variant.normaliseSku(q)) + "%";
        var where = new Where().and("(m.shopeeSku like :q escape '\\' or m.sku like :q escape '\\')", "q", pattern);
        return Pages.of(where.bind(em.createQuery("select m from ShopeeSkuMapping m" + where + " order by m.shopeeSku",
                        ShopeeSkuMapping.class)),
                where.bind(em.createQuery("select count(m) from ShopeeSkuMapping m" + where, Long.class)), page);
    }

    public ShopeeSkuMapping get(String id) {
        return Optional.ofNullable(em.find(ShopeeSkuMapping.class, id))
                .orElseThrow(() -> PlatformException.notFound("SKU mapping", id));
    }

    public ShopeeSkuMapping create(@NotNull @Valid NewShopeeSkuMapping request) {
        Variant variant = catalog.findBySku(request.sku())
                .orElseThrow(() -> PlatformException.invalid("sku", "no variant has SKU " + Variant.normaliseSku(request.sku())));
        String shopeeSku = Variant.normaliseSku(request.shopeeSku());
        if (shopeeSku.equals(variant.sku())) {
            throw PlatformException.invalid("shopee_sku", "is already the SKU of this variant; nothing to map");
        }
        catalog.findBySku(shopeeSku).ifPresent(other -> {
            throw new PlatformException(ErrorType.CONFLICT, "Shopee SKU " + shopeeSku + " is the SKU of variant "
                    + other.id() + "; mapping it to " + variant.sku() + " would make it mean two variants",
                    List.of(new FieldError("shopee_sku", "is the SKU of another variant (" + other.id() + ")")));
        });
        find(shopeeSku).ifPresent(existing -> {
            throw alreadyMapped(existing.shopeeSku(), existing.sku());
        });
        ShopeeSkuMapping mapping = new ShopeeSkuMapping(shopeeSku, variant, Caller.name(session));
        em.persist(mapping);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                // Two operators mapped the same Shopee SKU at once: the unique index decides.
                throw alreadyMapped(shopeeSku, null);
            }
            throw e;
        }
        mapped.fire(new ShopeeSkuMapped(mapping.shopeeSku(), mapping.sku(), false));
        return mapping;
    }

    public void delete(String id) {
        ShopeeSkuMapping mapping = get(id);
        em.remove(mapping);
        em.flush();
        mapped.fire(new ShopeeSkuMapped(mapping.shopeeSku(), mapping.sku(), true));
    }

    public Optional<ShopeeSkuMapping> find(String shopeeSku) {
        if (shopeeSku == null || shopeeSku.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select m from ShopeeSkuMapping m where m.shopeeSku = :s", ShopeeSkuMapping.class)
                .setParameter("s", Variant.normaliseSku(shopeeSku)).getResultStream().findFirst();
    }

    /**
     * The platform SKU each mapped Shopee SKU means, keyed by the normalised Shopee SKU; unmapped
     * SKUs are absent (they mean the catalog SKU they spell).
     */
    public Map<String, String> translate(Collection<String> shopeeSkus) {
        Set<String> wanted = shopeeSkus.stream().filter(s -> s != null && !s.isBlank()).map(Variant::normaliseSku)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(wanted);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select m from ShopeeSkuMapping m where m.shopeeSku in :skus", ShopeeSkuMapping.class)
                    .setParameter("skus", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream().forEach(m -> found.put(m.shopeeSku(), m.sku()));
        }
        return found;
    }

    /** The platform SKU a Shopee SKU means: its mapping's target, else itself normalised; null for none. */
    public static String platformSku(String shopeeSku, Map<String, String> translation) {
        if (shopeeSku == null || shopeeSku.isBlank()) {
            return null;
        }
        String normalised = Variant.normaliseSku(shopeeSku);
        return translation.getOrDefault(normalised, normalised);
    }

    private static PlatformException alreadyMapped(String shopeeSku, String target) {
        return new PlatformException(ErrorType.CONFLICT, "Shopee SKU " + shopeeSku + " is already mapped"
                + (target == null ? "" : " to " + target) + "; delete that mapping first to map it elsewhere",
                List.of(new FieldError("shopee_sku", "is already mapped" + (target == null ? "" : " to " + target))));
    }
}
