package com.exzentcg.platform.connector.shopee.reconcile;

import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.webhook.WebhookIngest;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Drains Shopee's lost-push queue for the active profile: each page is stored (committed) first
 * and confirmed to Shopee only afterwards, so a crash in between re-reads the page instead of
 * losing it; duplicates of pushes that did arrive are recognised by the event store.
 */
@Stateless
public class LostPushSweep {

    private static final int MAX_PAGES = 50;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:/eis/shopee")
    ShopeeConnectionFactory shopee;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    WebhookIngest ingest;

    @Inject
    Secrets secrets;

    public ReconcileReport run() {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-lost-push")) {
            return new ReconcileReport("lost_push", false, 0, 0, 0, 0);
        }
        var active = profiles.activeProfile();
        if (active.isEmpty() || !active.get().missingCredentials().isEmpty()) {
            return new ReconcileReport("lost_push", true, 0, 0, 0, 0);
        }
        ShopeeProfile profile = active.get();
        int seen = 0;
        int stored = 0;
        int pages = 0;
        try (ShopeeConnection connection = shopee.getConnection()) {
            var partner = profile.partner(secrets.box());
            while (pages < MAX_PAGES) {
                LostPushPage page = connection.getLostPushMessages(partner);
                pages++;
                if (page.messages().isEmpty()) {
                    break;
                }
                List<byte[]> bodies = new ArrayList<>();
                page.messages().forEach(m -> bodies.add(envelope(m)));
                seen += bodies.size();
                stored += ingest.storeTrusted(profile.environment(), profile.id(), bodies, "lost_push");
                connection.confirmLostPushMessages(partner, page.lastMessageId());
                if (!page.hasNextPage()) {
                    break;
                }
            }
        }
        return new ReconcileReport("lost_push", true, 1, seen, stored, pages);
    }

    /** Shopee's {@code data} holds the original push; rebuild the envelope if only its data came back. */
    static byte[] envelope(LostPushPage.Message message) {
        String data = message.data() == null ? "{}" : message.data();
        try (JsonReader reader = Json.createReader(new StringReader(data))) {
            JsonObject parsed = reader.readObject();
            if (parsed.containsKey("code")) {
                return data.getBytes(StandardCharsets.UTF_8);
            }
            var envelope = Json.createObjectBuilder().add("code", message.code()).add("timestamp", message.timestamp())
                    .add("data", parsed);
            if (message.shopId() != null) {
                envelope.add("shop_id", message.shopId());
            }
            return envelope.build().toString().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException notJson) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
    }
}
