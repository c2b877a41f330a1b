package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.connector.shopee.ShopeeSigner;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Takes a push in: verifies its signature, stores it as delivered, and recognises Shopee's
 * re-deliveries. Only storing happens here, so the answer goes back in milliseconds; the work
 * itself is done by {@link EventProcessor} after the commit.
 */
@Stateless
public class WebhookIngest {

    /** How a delivery was taken. */
    public enum Outcome { STORED, DUPLICATE, INACTIVE_ENVIRONMENT }

    /** One HTTP delivery: the environment and profile its URL names, and the exact bytes. */
    public record Delivery(ShopeeEnvironment environment, String profileId, String callbackUrl, byte[] body,
            String signature) {
    }

    public record Result(Outcome outcome, String eventId) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    Secrets secrets;

    @Inject
    Event<ShopeeEventStored> stored;

    public Result receive(Delivery delivery) {
        ShopeeEnvironment environment = delivery.environment();
        if (profiles.activeEnvironment() != environment) {
            return new Result(Outcome.INACTIVE_ENVIRONMENT, null);
        }
        Optional<ShopeeProfile> profile = delivery.profileId() != null
                ? profiles.find(delivery.profileId()).filter(p -> p.environment() == environment)
                : profiles.active(environment);
        boolean signatureOk = profile.isPresent() && delivery.signature() != null
                && ShopeeSigner.verifyPush(profile.get().pushKey(secrets.box()), delivery.callbackUrl(),
                        delivery.body(), delivery.signature());

        PushEnvelope envelope = null;
        String malformed = null;
        try {
            envelope = PushEnvelope.parse(delivery.body());
        } catch (PushEnvelope.MalformedPushException e) {
            malformed = e.getMessage();
        }
        // The verification probe is answered whatever its signature: gating it can deadlock setup.
        boolean probe = envelope != null && envelope.code() == PushEnvelope.VERIFY_PROBE;
        String status = probe ? "ignored" : !signatureOk || malformed != null ? "rejected" : "pending";
        String profileId = profile.map(ShopeeProfile::id).orElse(null);

        Insert insert = insert(environment, profileId, envelope, delivery, signatureOk, status,
                probe ? "verification probe" : !signatureOk ? "signature did not verify" : malformed, "push");
        if (!insert.fresh()) {
            return new Result(Outcome.DUPLICATE, insert.id());
        }
        String env = environment.wireName();
        if (!signatureOk && !probe) {
            exceptions.raise(ExceptionType.SIGNATURE_INVALID, env, profileId, null,
                    "A push did not verify with the profile's push partner key (latest event " + insert.id() + ")");
        } else if (malformed != null) {
            exceptions.raise(ExceptionType.MALFORMED_PUSH, env, profileId, null,
                    "A push could not be read: " + malformed + " (latest event " + insert.id() + ")");
        }
        if ("pending".equals(status)) {
            stored.fire(new ShopeeEventStored(insert.id()));
        }
        return new Result(Outcome.STORED, insert.id());
    }

    /**
     * Stores pushes that reached the platform through Shopee's own authenticated API (the
     * lost-push queue, order polling) rather than a signed delivery. Commits before returning,
     * so callers may confirm them to Shopee afterwards. Returns how many were new.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int storeTrusted(ShopeeEnvironment environment, String profileId, List<byte[]> bodies, String source) {
        int fresh = 0;
        for (byte[] body : bodies) {
            PushEnvelope envelope;
            try {
                envelope = PushEnvelope.parse(body);
            } catch (PushEnvelope.MalformedPushException e) {
                continue;
            }
            Insert insert = insert(environment, profileId, envelope,
                    new Delivery(environment, profileId, "shopee-api:" + source, body, null), true, "pending", null, source);
            if (insert.fresh()) {
                fresh++;
                stored.fire(new ShopeeEventStored(insert.id()));
            }
        }
        return fresh;
    }

    private record Insert(String id, boolean fresh) {
    }

    private Insert insert(ShopeeEnvironment environment, String profileId, PushEnvelope envelope, Delivery delivery,
            boolean signatureOk, String status, String note, String source) {
        @SuppressWarnings("unchecked")
        List<Object[]> row = em.createNativeQuery("""
                INSERT INTO shopee_event (id, environment, profile_id, push_code, shop_id, order_sn, raw_body,
                        callback_url, signature, signature_ok, dedupe_key, received_at, last_delivery_at, status,
                        next_attempt_at, last_error, processed_at, source)
                VALUES (?1, ?2, ?3, CAST(?4 AS integer), CAST(?5 AS bigint), ?6, ?7, ?8, ?9, ?10, ?11, now(), now(), ?12, now(), ?13,
                        CASE WHEN ?12 = 'pending' THEN NULL ELSE now() END, ?14)
                ON CONFLICT (dedupe_key) DO UPDATE
                   SET deliveries = shopee_event.deliveries + 1, last_delivery_at = now()
                RETURNING id, (xmax = 0)""")
                // Typed casts above: EclipseLink binds a null parameter as varchar.
                .setParameter(1, Ids.next("evt"))
                .setParameter(2, environment.wireName())
                .setParameter(3, profileId)
                .setParameter(4, envelope == null ? null : envelope.code())
                .setParameter(5, envelope == null ? null : envelope.shopId())
                .setParameter(6, envelope == null ? null : envelope.orderSn())
                .setParameter(7, delivery.body())
                .setParameter(8, delivery.callbackUrl())
                .setParameter(9, delivery.signature() == null ? null : truncate(delivery.signature(), 200))
                .setParameter(10, signatureOk)
                .setParameter(11, dedupeKey(environment, profileId, delivery.body()))
                .setParameter(12, status)
                .setParameter(13, note)
                .setParameter(14, source)
                .getResultList();
        return new Insert((String) row.get(0)[0], Boolean.TRUE.equals(row.get(0)[1]));
    }

    static String dedupeKey(ShopeeEnvironment environment, String profileId, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((environment.wireName() + "|" + (profileId == null ? "" : profileId) + "|")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
