package com.exzentcg.platform.connector.shopee.stockpush;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.InventoryLevel;
import com.exzentcg.platform.location.StockLocation;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The stock push queue: one row per Shopee item. A committed stock change makes the items that
 * sell the SKU due after the debounce (a burst moves the same row, so it becomes one call); the
 * timer claims due rows, pushes the quantities read at claim time and records the outcome here.
 * Failures back off exponentially and, after the last attempt, raise {@code STOCK_PUSH_FAILED}
 * and park the row until the next change.
 */
@Stateless
public class StockPushes {

    private static final Logger LOG = Logger.getLogger(StockPushes.class.getName());
    /** A claimed row whose push did not report back within this long is claimed again (its node died). */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    public static final Set<String> STATUSES = Set.of(StockPush.PENDING, StockPush.SENDING, StockPush.SENT, StockPush.FAILED);

    /**
     * Upserts a due row per item the condition selects. A pending row keeps its first-change time,
     * so the debounce never defers it beyond {@code pending_since + maxDelay}; a change resets the
     * attempts (and un-parks a failed row). Items are locked in id order, so two changes never deadlock.
     */
    private static final String MARK_DUE = """
            INSERT INTO shopee_stock_push AS p (profile_id, item_id, status, due_at, pending_since, change_seq, attempts,
                                                created_at, updated_at)
            SELECT DISTINCT l.profile_id, l.item_id, 'pending', now() + cast(?3 as bigint) * interval '1 millisecond',
                   now(), 1, 0, now(), now()
              FROM shopee_listing l WHERE l.profile_id = ?1 AND %s
             ORDER BY l.item_id
            ON CONFLICT (profile_id, item_id) DO UPDATE SET
                status = 'pending',
                pending_since = CASE WHEN p.status = 'pending' THEN coalesce(p.pending_since, now()) ELSE now() END,
                due_at = CASE WHEN p.status = 'pending'
                              THEN least(excluded.due_at, coalesce(p.pending_since, now()) + cast(?4 as bigint) * interval '1 millisecond')
                              ELSE excluded.due_at END,
                change_seq = p.change_seq + 1,
                attempts = 0,
                updated_at = now()""";

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeListings listings;

    @EJB
    Catalog catalog;

    @EJB
    Inventory inventory;

    @EJB
    StockLocations locations;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    StockPushSettings settings;

    /**
     * Available stock of {@code sku} changed (committed): the items the active profile of the
     * active environment sells it through become due. Own transaction: called after the change's commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int stockChanged(String sku) {
        if (sku == null || sku.isBlank()) {
            return 0;
        }
        Optional<ShopeeProfile> active = profiles.activeProfile();
        if (active.isEmpty()) {
            return 0;
        }
        return markDue(active.get().id(), "l.sku = ?2", Variant.normaliseSku(sku));
    }

    /** Makes one listed item due (its reserved stock changed); joins the caller's transaction. */
    public int itemChanged(String profileId, long itemId) {
        return markDue(profileId, "l.item_id = ?2", itemId);
    }

    private int markDue(String profileId, String condition, Object value) {
        return em.createNativeQuery(MARK_DUE.formatted(condition))
                .setParameter(1, profileId).setParameter(2, value)
                .setParameter(3, settings.debounce().toMillis()).setParameter(4, settings.maxDelay().toMillis())
                .executeUpdate();
    }

    /**
     * Claims the profile's most overdue item (skipping rows another transaction holds) and reads
     * the quantities to push; empty when nothing is due.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PushPlan> claimNext(String profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT item_id, change_seq FROM shopee_stock_push
                 WHERE profile_id = ?1 AND status IN ('pending', 'sending') AND due_at <= now()
                 ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED""").setParameter(1, profileId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long itemId = ((Number) rows.get(0)[0]).longValue();
        long changeSeq = ((Number) rows.get(0)[1]).longValue();
        em.createNativeQuery("""
                UPDATE shopee_stock_push SET status = 'sending', due_at = now() + cast(?3 as bigint) * interval '1 millisecond',
                       last_attempt_at = now(), updated_at = now()
                 WHERE profile_id = ?1 AND item_id = ?2""")
                .setParameter(1, profileId).setParameter(2, itemId).setParameter(3, CLAIM_LEASE.toMillis())
                .executeUpdate();
        return Optional.of(plan(profiles.get(profileId), itemId, changeSeq));
    }

    /**
     * What to push for each listed model whose SKU names a variant: the platform's available stock
     * (at the profile's default platform location, or summed over active locations when the default
     * is a Shopee location or unset), never below Shopee's reserved stock.
     */
    private PushPlan plan(ShopeeProfile profile, long itemId, long changeSeq) {
        List<ShopeeListing> models = listings.models(profile.id(), itemId);
        Map<String, Variant> variants = catalog.bySkus(models.stream().map(ShopeeListing::sku)
                .filter(s -> s != null).toList());
        String platformLocation = platformLocationOf(profile.defaultLocationId());
        Set<String> activeLocations = platformLocation != null ? Set.of() : activeLocationIds();
        List<PushPlan.ModelPush> pushes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ShopeeListing model : models) {
            Variant variant = model.sku() == null ? null : variants.get(model.sku());
            if (variant == null) {
                skipped.add("model " + model.modelId() + (model.sku() == null ? " has no SKU" : " (SKU " + model.sku()
                        + ") matches no variant"));
                continue;
            }
            int available = platformLocation != null
                    ? inventory.level(variant.id(), platformLocation).map(InventoryLevel::available).orElse(0)
                    : availableAt(variant.sku(), activeLocations);
            pushes.add(new PushPlan.ModelPush(model.modelId(), model.sku(), model.locationId(),
                    StockQuantity.of(available, model.reservedStock())));
        }
        return new PushPlan(profile.id(), itemId, changeSeq, pushes, skipped);
    }

    static String platformLocationOf(String defaultLocationId) {
        return defaultLocationId != null && defaultLocationId.startsWith(ShopeeListings.PLATFORM_LOCATION_PREFIX)
                ? defaultLocationId : null;
    }

    private Set<String> activeLocationIds() {
        return locations.list(new PageRequest(PageRequest.MAX_LIMIT, 0), true).items().stream()
                .map(StockLocation::id).collect(Collectors.toSet());
    }

    private int availableAt(String sku, Set<String> locationIds) {
        return inventory.levels(new PageRequest(PageRequest.MAX_LIMIT, 0), null, sku, null).items().stream()
                .filter(l -> locationIds.contains(l.locationId())).mapToInt(InventoryLevel::available).sum();
    }

    /**
     * Shopee answered. Every model it accepted records what it now has; a refused model counts as
     * a failed attempt of the item (the whole item is sent again: values are absolute). The row is
     * only marked sent if no change arrived while the push was in flight.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void pushed(PushPlan plan, StockUpdateResult result) {
        for (StockUpdateResult.Success success : result.successes()) {
            em.createNativeQuery("""
                    UPDATE shopee_listing SET last_pushed_stock = ?4, last_pushed_at = now()
                     WHERE profile_id = ?1 AND item_id = ?2 AND model_id = ?3""")
                    .setParameter(1, plan.profileId()).setParameter(2, plan.itemId())
                    .setParameter(3, success.modelId()).setParameter(4, success.stock()).executeUpdate();
        }
        if (!result.allSucceeded()) {
            failed(plan, "Shopee refused " + result.failures().stream()
                    .map(f -> "model " + f.modelId() + ": " + f.reason()).collect(Collectors.joining("; ")));
            return;
        }
        completed(plan, plan.skipped().isEmpty() ? null : "not pushed: " + String.join("; ", plan.skipped()));
        for (PushPlan.ModelPush model : plan.models()) {
            if (model.quantity().belowReserved()) {
                StockQuantity q = model.quantity();
                exceptions.raise(ExceptionType.STOCK_SHORTAGE, environmentOf(plan.profileId()), plan.profileId(),
                        plan.itemId() + "/" + model.modelId(), "Shopee item " + plan.itemId() + " model " + model.modelId()
                                + " (SKU " + model.sku() + ") has " + q.reserved() + " reserved for a promotion but only "
                                + q.available() + " available; pushed " + q.pushed()
                                + " so the promotion stock stays, receive or transfer " + q.shortfall() + " more");
            }
        }
        resolveFailure(plan);
    }

    /** Nothing of the item could be pushed (no model matches a variant): done, with the reason shown. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void skipped(PushPlan plan) {
        completed(plan, "nothing to push: " + String.join("; ", plan.skipped()));
    }

    private void completed(PushPlan plan, String note) {
        em.createNativeQuery("""
                UPDATE shopee_stock_push SET
                       status = CASE WHEN change_seq = ?3 THEN 'sent' ELSE status END,
                       pending_since = CASE WHEN change_seq = ?3 THEN NULL ELSE pending_since END,
                       attempts = CASE WHEN change_seq = ?3 THEN 0 ELSE attempts END,
                       last_error = ?4, last_pushed_at = now(), updated_at = now()
                 WHERE profile_id = ?1 AND item_id = ?2""")
                .setParameter(1, plan.profileId()).setParameter(2, plan.itemId()).setParameter(3, plan.changeSeq())
                .setParameter(4, note).executeUpdate();
    }

    /**
     * The push failed. Unless a newer change already re-queued the item, it is retried after the
     * backoff, or parked as failed with a {@code STOCK_PUSH_FAILED} exception after the last attempt.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(PushPlan plan, String error) {
        String message = error == null ? "unknown failure" : error.length() > 1000 ? error.substring(0, 1000) : error;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT change_seq, attempts FROM shopee_stock_push WHERE profile_id = ?1 AND item_id = ?2 FOR UPDATE""")
                .setParameter(1, plan.profileId()).setParameter(2, plan.itemId()).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        long changeSeq = ((Number) rows.get(0)[0]).longValue();
        if (changeSeq != plan.changeSeq()) {
            // A newer change is already queued and will push fresh quantities.
            update(plan, null, null, message);
            return;
        }
        int attempts = ((Number) rows.get(0)[1]).intValue() + 1;
        if (attempts >= settings.maxAttempts()) {
            update(plan, StockPush.FAILED, attempts, message);
            exceptions.raise(ExceptionType.STOCK_PUSH_FAILED, environmentOf(plan.profileId()), plan.profileId(),
                    Long.toString(plan.itemId()), "Stock of Shopee item " + plan.itemId() + " could not be pushed after "
                            + attempts + " attempts: " + message + "; the next stock change of its SKUs tries again");
            return;
        }
        Duration wait = settings.backoff(attempts);
        LOG.info(() -> "Stock push of item " + plan.itemId() + " failed (attempt " + attempts + "), retrying in "
                + wait.toMillis() + " ms: " + message);
        em.createNativeQuery("""
                UPDATE shopee_stock_push SET status = 'pending', attempts = ?3, last_error = ?4,
                       due_at = now() + cast(?5 as bigint) * interval '1 millisecond', updated_at = now()
                 WHERE profile_id = ?1 AND item_id = ?2""")
                .setParameter(1, plan.profileId()).setParameter(2, plan.itemId()).setParameter(3, attempts)
                .setParameter(4, message).setParameter(5, wait.toMillis()).executeUpdate();
    }

    /** Records an error; with a status, also the attempts (null status: the row stays as a newer change left it). */
    private void update(PushPlan plan, String status, Integer attempts, String error) {
        em.createNativeQuery("""
                UPDATE shopee_stock_push SET status = coalesce(?3, status), attempts = coalesce(cast(?4 as integer), attempts),
                       last_error = ?5, updated_at = now()
                 WHERE profile_id = ?1 AND item_id = ?2""")
                .setParameter(1, plan.profileId()).setParameter(2, plan.itemId()).setParameter(3, status)
                .setParameter(4, attempts).setParameter(5, error).executeUpdate();
    }

    private void resolveFailure(PushPlan plan) {
        String reference = Long.toString(plan.itemId());
        exceptions.openFor(plan.profileId(), ExceptionType.STOCK_PUSH_FAILED, reference)
                .forEach(e -> exceptions.resolve(e.id(), "stock push", "a later push of item " + reference + " succeeded"));
    }

    private String environmentOf(String profileId) {
        return profiles.find(profileId).map(p -> p.environment().wireName()).orElse(null);
    }

    /** An item's push state and the models it covers. */
    public record ItemPush(StockPush push, List<ShopeeListing> models) {
    }

    /** Push rows, most recently changed first; {@code status}, {@code profileId}, {@code itemId} filter when set. */
    public Page<ItemPush> list(PageRequest page, String status, String profileId, Long itemId) {
        if (status != null && !STATUSES.contains(status)) {
            throw PlatformException.invalid("status", "must be one of pending, sending, sent, failed");
        }
        var where = new Where().and("p.status = :status", "status", status)
                .and("p.profileId = :profile", "profile", profileId)
                .and("p.itemId = :item", "item", itemId);
        Page<StockPush> rows = Pages.of(
                where.bind(em.createQuery("select p from StockPush p" + where + " order by p.updatedAt desc, p.itemId",
                        StockPush.class)),
                where.bind(em.createQuery("select count(p) from StockPush p" + where, Long.class)), page);
        Map<String, List<ShopeeListing>> models = rows.items().isEmpty() ? Map.of()
                : em.createQuery("select l from ShopeeListing l where l.profileId in :profiles and l.itemId in :items"
                                + " order by l.modelId", ShopeeListing.class)
                        .setParameter("profiles", rows.items().stream().map(StockPush::profileId).distinct().toList())
                        .setParameter("items", rows.items().stream().map(StockPush::itemId).distinct().toList())
                        .getResultStream().collect(Collectors.groupingBy(l -> l.profileId() + "/" + l.itemId()));
        return rows.map(p -> new ItemPush(p, models.getOrDefault(p.profileId() + "/" + p.itemId(), List.of())));
    }
}
