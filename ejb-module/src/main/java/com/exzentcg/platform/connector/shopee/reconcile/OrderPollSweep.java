package com.exzentcg.platform.connector.shopee.reconcile;

import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.token.ShopeeCalls;
import com.exzentcg.platform.connector.shopee.webhook.WebhookIngest;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls the active profile's order list by update time since the last poll (with an overlap),
 * in windows of at most 15 days (Shopee's limit), and queues one order-status event per order
 * and status seen. An order whose push was missed is caught here; one already handled yields the
 * same event again and is recognised as a duplicate.
 */
@Stateless
public class OrderPollSweep {

    static final Duration MAX_WINDOW = Duration.ofDays(15);
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES_PER_WINDOW = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ShopeeCalls shopee;

    @EJB
    WebhookIngest ingest;

    @Inject
    ReconcileSettings settings;

    public ReconcileReport run() {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-order-poll")) {
            return new ReconcileReport("poll", false, 0, 0, 0, 0);
        }
        var active = profiles.activeProfile();
        if (active.isEmpty() || active.get().accessExpiresAt() == null) {
            return new ReconcileReport("poll", true, 0, 0, 0, 0);
        }
        ShopeeProfile profile = active.get();
        Instant now = Instant.now();
        Instant from = lastPolledTo(profile.id()).map(t -> t.minus(settings.pollOverlap()))
                .orElse(now.minus(settings.pollLookback()));
        int seen = 0;
        int stored = 0;
        int pages = 0;
        for (Instant windowFrom = from; windowFrom.isBefore(now); windowFrom = windowFrom.plus(MAX_WINDOW)) {
            Instant windowTo = windowFrom.plus(MAX_WINDOW).isAfter(now) ? now : windowFrom.plus(MAX_WINDOW);
            String cursor = "";
            for (int i = 0; i < MAX_PAGES_PER_WINDOW; i++) {
                long timeFrom = windowFrom.getEpochSecond();
                long timeTo = windowTo.getEpochSecond();
                String pageCursor = cursor;
                OrderPage page = shopee.forShop(profile.id(),
                        (c, shop) -> c.getOrderList(shop, "update_time", timeFrom, timeTo, PAGE_SIZE, pageCursor));
                pages++;
                List<byte[]> bodies = new ArrayList<>();
                for (OrderPage.Entry entry : page.orders()) {
                    bodies.add(statusEvent(profile.shopId(), entry));
                }
                seen += bodies.size();
                stored += ingest.storeTrusted(profile.environment(), profile.id(), bodies, "poll");
                if (!page.more() || page.nextCursor() == null || page.nextCursor().isEmpty()) {
                    break;
                }
                cursor = page.nextCursor();
            }
        }
        recordPolledTo(profile.id(), now);
        return new ReconcileReport("poll", true, 1, seen, stored, pages);
    }

    /** Deterministic for an order and status, so polling the same state twice is one event. */
    static byte[] statusEvent(Long shopId, OrderPage.Entry entry) {
        var data = Json.createObjectBuilder().add("ordersn", entry.orderSn()).add("source", "poll");
        if (entry.orderStatus() != null) {
            data.add("status", entry.orderStatus());
        }
        var envelope = Json.createObjectBuilder().add("code", 3).add("data", data);
        if (shopId != null) {
            envelope.add("shop_id", shopId);
        }
        return envelope.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private java.util.Optional<Instant> lastPolledTo(String profileId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT last_polled_to FROM shopee_poll_state WHERE profile_id = ?1")
                .setParameter(1, profileId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return java.util.Optional.empty();
        }
        Object value = rows.get(0);
        if (value instanceof OffsetDateTime odt) {
            return java.util.Optional.of(odt.toInstant());
        }
        if (value instanceof java.sql.Timestamp ts) {
            return java.util.Optional.of(ts.toInstant());
        }
        return java.util.Optional.empty();
    }

    private void recordPolledTo(String profileId, Instant to) {
        em.createNativeQuery("""
                INSERT INTO shopee_poll_state (profile_id, last_polled_to, updated_at) VALUES (?1, ?2, now())
                ON CONFLICT (profile_id) DO UPDATE SET last_polled_to = excluded.last_polled_to, updated_at = now()""")
                .setParameter(1, profileId).setParameter(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC)).executeUpdate();
    }
}
