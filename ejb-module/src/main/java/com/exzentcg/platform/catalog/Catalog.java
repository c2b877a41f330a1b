package com.exzentcg.platform.catalog;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Like;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog boundary: products with their variants, the variant editor and catalog search. */
@Stateless
public class Catalog {

    /** What DELETE did: products that orders or the ledger mention are archived, never removed. */
    public enum Removal { DELETED, ARCHIVED }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<VariantReferences> references;

    public Product create(@NotNull @Valid NewProduct request) {
        String handle;
        if (request.handle() != null) {
            handle = Product.normaliseHandle(request.handle());
            requireHandleFree(handle, null);
        } else {
            handle = freeHandle(Product.slug(request.title()));
        }
        requireSkusFree(request.variants().stream().map(NewVariant::sku).toList(), "variants");
        var product = new Product(handle, request.title(), request.description(),
                request.status() == null ? null : ProductStatus.fromWire(request.status()));
        for (NewVariant v : request.variants()) {
            product.add(newVariant(product, v));
        }
        em.persist(product);
        flushGuardingKeys();
        return product;
    }

    public Variant addVariant(String productId, @NotNull @Valid NewVariant request) {
        Product product = get(productId);
        requireSkusFree(List.of(request.sku()), null);
        Variant variant = product.add(newVariant(product, request));
        em.persist(variant);
        flushGuardingKeys();
        return variant;
    }

    private static Variant newVariant(Product product, NewVariant v) {
        return new Variant(product, v.sku(), v.barcode(), v.title(), v.price().toMoney(), v.attributes(),
                v.grade() == null ? null : v.grade().toGrade());
    }

    public Product get(String id) {
        return Optional.ofNullable(em.find(Product.class, id))
                .orElseThrow(() -> PlatformException.notFound("Product", id));
    }

    public Optional<Product> findByHandle(String handle) {
        return em.createQuery("select p from Product p where p.handle = :handle", Product.class)
                .setParameter("handle", Product.normaliseHandle(handle)).getResultStream().findFirst();
    }

    /**
     * Newest first. {@code q} matches the title or any variant's SKU, barcode, set code, set name
     * or collector number; each side of the UNION has its own trigram index.
     */
    public Page<Product> list(PageRequest page, String q, ProductStatus status) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (status != null) {
            params.add(status.name());
            where.append(" and p.status = ?").append(params.size());
        }
        if (q != null && !q.isBlank()) {
            String pattern = Like.contains(q);
            params.add(pattern);
            params.add(pattern);
            where.append(" and p.id in (select id from product where lower(title) like ?").append(params.size() - 1)
                    .append(" escape '\\' union select product_id from product_variant where search_text like ?")
                    .append(params.size()).append(" escape '\\')");
        }
        Query ids = bind(em.createNativeQuery("select p.id from product p" + where
                + " order by p.id desc limit " + page.limit() + " offset " + page.offset()), params);
        List<String> pageIds = strings(ids.getResultList());
        Query count = bind(em.createNativeQuery("select count(*) from product p" + where), params);
        return Pages.of(withVariants(pageIds), () -> ((Number) count.getSingleResult()).longValue(), page);
    }

    /** One query for a page of products and all their variants, in the order of {@code ids}. */
    private List<Product> withVariants(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Product> byId = em.createQuery(
                        "select p from Product p left join fetch p.variants where p.id in :ids", Product.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public Product update(String id, @NotNull @Valid ProductChanges changes) {
        if (changes.isEmpty()) {
            throw PlatformException.invalid("body", "must change at least one field");
        }
        Product product = get(id);
        if (changes.handle() != null) {
            requireHandleFree(Product.normaliseHandle(changes.handle()), id);
        }
        product.apply(changes);
        flushGuardingKeys();
        return product;
    }

    public Removal remove(String id) {
        Product product = get(id);
        if (referenced(product.variantIds())) {
            product.archive();
            return Removal.ARCHIVED;
        }
        em.remove(product);
        return Removal.DELETED;
    }

    public Variant variant(String id) {
        return Optional.ofNullable(em.find(Variant.class, id))
                .orElseThrow(() -> PlatformException.notFound("Variant", id));
    }

    /**
     * The variant editor's list, by SKU. {@code skuPrefix} walks the SKU index; {@code q} matches
     * SKU, barcode, title, set and collector number through the trigram index.
     */
    public Page<Variant> variants(PageRequest page, String skuPrefix, String q, String productId) {
        var where = new Where()
                .and("v.sku like :prefix escape '\\'", "prefix",
                        blank(skuPrefix) ? null : Like.startsWith(Variant.normaliseSku(skuPrefix)))
                .and("v.searchText like :q escape '\\'", "q", blank(q) ? null : Like.contains(q))
                .and("v.product.id = :productId", "productId", blank(productId) ? null : productId);
        return Pages.of(where.bind(em.createQuery("select v from Variant v join fetch v.product" + where
                        + " order by v.sku", Variant.class)),
                where.bind(em.createQuery("select count(v) from Variant v" + where, Long.class)), page);
    }

    public Variant updateVariant(String id, @NotNull @Valid VariantChanges changes) {
        if (changes.isEmpty()) {
            throw PlatformException.invalid("body", "must change at least one field");
        }
        Variant variant = variant(id);
        if (changes.sku() != null && !Variant.normaliseSku(changes.sku()).equals(variant.sku())) {
            requireSkusFree(List.of(changes.sku()), null);
            if (referenced(List.of(id))) {
                throw new PlatformException(ErrorType.CONFLICT,
                        "The SKU of " + variant.sku() + " cannot change: orders, stock movements or channel SKU mappings refer to it",
                        List.of(new FieldError("sku", "cannot change once orders, stock or channel SKU mappings refer to the variant")));
            }
        }
        variant.apply(changes);
        flushGuardingKeys();
        return variant;
    }

    public Optional<Variant> findBySku(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select v from Variant v join fetch v.product where v.sku = :sku", Variant.class)
                .setParameter("sku", Variant.normaliseSku(sku)).getResultStream().findFirst();
    }

    /** Variants keyed by their (normalised) SKU; unknown SKUs are simply absent. */
    public Map<String, Variant> bySkus(Collection<String> skus) {
        Set<String> wanted = skus.stream().filter(s -> s != null && !s.isBlank()).map(Variant::normaliseSku)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Variant> found = new HashMap<>();
        List<String> all = new ArrayList<>(wanted);
        // Bounded IN lists: a 10k-row import must not build one 10k-parameter statement.
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select v from Variant v join fetch v.product where v.sku in :skus", Variant.class)
                    .setParameter("skus", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream().forEach(v -> found.put(v.sku(), v));
        }
        return found;
    }

    private boolean referenced(Collection<String> variantIds) {
        return !variantIds.isEmpty() && references.stream().anyMatch(r -> r.anyReferenced(variantIds));
    }

    /** {@code base} when no product has it, else a random suffix that is checked once too. */
    private String freeHandle(String base) {
        if (findByHandle(base).isEmpty()) {
            return base;
        }
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append("abcdefghjkmnpqrstvwxyz23456789".charAt(RANDOM.nextInt(30)));
        }
        String handle = base + "-" + suffix;
        requireHandleFree(handle, null);
        return handle;
    }

    private void requireHandleFree(String handle, String exceptId) {
        findByHandle(handle).filter(p -> !p.id().equals(exceptId)).ifPresent(p -> {
            throw new PlatformException(ErrorType.CONFLICT, "A product with handle " + handle + " already exists",
                    List.of(new FieldError("handle", "already in use")));
        });
    }

    /** Names every clashing SKU, as {@code variants[i].sku} when the request carries a list. */
    private void requireSkusFree(List<String> skus, String listField) {
        List<String> normalised = skus.stream().map(Variant::normaliseSku).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < normalised.size(); i++) {
            if (!seen.add(normalised.get(i))) {
                errors.add(new FieldError(field(listField, i), "appears more than once in this request"));
            }
        }
        if (!errors.isEmpty()) {
            throw PlatformException.invalid(errors);
        }
        Set<String> taken = bySkus(normalised).keySet();
        for (int i = 0; i < normalised.size(); i++) {
            if (taken.contains(normalised.get(i))) {
                errors.add(new FieldError(field(listField, i), "already in use"));
            }
        }
        if (!errors.isEmpty()) {
            throw new PlatformException(ErrorType.CONFLICT, "SKU already in use: "
                    + normalised.stream().filter(taken::contains).collect(Collectors.joining(", ")), errors);
        }
    }

    private static String field(String listField, int index) {
        return listField == null ? "sku" : listField + "[" + index + "].sku";
    }

    /** Two operators creating the same SKU or handle at once: the unique index decides, the loser gets 409. */
    private void flushGuardingKeys() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw PlatformException.conflict("A product with this handle or a variant with this SKU already exists");
            }
            throw e;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String::valueOf).toList();
    }
}
