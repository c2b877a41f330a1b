package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.connector.shopee.ShopeeSigner;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.exception.ConnectorException;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Operators' view of raw pushes, and the one way to run one again (never SQL). */
@Stateless
public class ShopeeEvents {

    @PersistenceContext
    EntityManager em;

    @EJB
    EventProcessor processor;

    @EJB
    ShopeeEvents self;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    Secrets secrets;

    /** Filters are optional; {@code processed} means processing finished (whatever the outcome). */
    public Page<ShopeeEvent> list(PageRequest page, Boolean processed, Boolean signatureOk, String environment,
            String status) {
        List<String> where = new ArrayList<>();
        if (processed != null) {
            where.add(processed ? "e.processedAt is not null" : "e.processedAt is null");
        }
        if (signatureOk != null) {
            where.add("e.signatureOk = :sig");
        }
        if (environment != null) {
            where.add("e.environment = :env");
        }
        if (status != null) {
            where.add("e.status = :status");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var rows = em.createQuery("select e from ShopeeEvent e" + clause + " order by e.receivedAt desc, e.id desc",
                ShopeeEvent.class);
        var count = em.createQuery("select count(e) from ShopeeEvent e" + clause, Long.class);
        for (var q : List.of(rows, count)) {
            if (signatureOk != null) {
                q.setParameter("sig", signatureOk);
            }
            if (environment != null) {
                q.setParameter("env", environment);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        return Pages.of(rows, count, page);
    }

    /** Events per processing status in one environment, or (null) in all. */
    public java.util.Map<String, Long> countByStatus(String environment) {
        String where = environment == null ? "" : " where e.environment = :env";
        var query = em.createQuery("select e.status, count(e) from ShopeeEvent e" + where + " group by e.status", Object[].class);
        if (environment != null) {
            query.setParameter("env", environment);
        }
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A profile's push counts since {@code since}, from the (profile_id, received_at) index. */
    public PushStats pushStats(String profileId, OffsetDateTime since) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE signature_ok),
                       (SELECT max(received_at) FROM shopee_event WHERE profile_id = ?1 AND source = 'push')
                  FROM shopee_event
                 WHERE profile_id = ?1 AND received_at >= ?2 AND source = 'push'
                   AND push_code IS DISTINCT FROM ?3""")
                .setParameter(1, profileId).setParameter(2, since).setParameter(3, PushEnvelope.VERIFY_PROBE)
                .getSingleResult();
        return new PushStats(utc(row[2]), ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static OffsetDateTime utc(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return null;
    }

    public ShopeeEvent get(String id) {
        ShopeeEvent event = em.find(ShopeeEvent.class, id);
        if (event == null) {
            throw PlatformException.notFound("Event", id);
        }
        return event;
    }

    /**
     * Runs an event through processing again, now. A push whose signature failed is verified
     * again first (the operator may have fixed the push key); it is never processed unverified.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ShopeeEvent reprocess(String id) {
        self.requeue(id);
        processor.process(id);
        return get(id);
    }

    /** Retries what an exception is holding (after the operator fixed the cause), and resolves it if that worked. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ShopeeEvent retry(String exceptionId, String operator) {
        ConnectorException problem = exceptions.get(exceptionId);
        if (problem.eventId() == null) {
            throw PlatformException.conflict("Exception " + exceptionId + " (" + problem.type()
                    + ") has no held event to retry; fix its cause and resolve it");
        }
        ShopeeEvent event = reprocess(problem.eventId());
        if ("done".equals(event.status()) || "ignored".equals(event.status())) {
            exceptions.resolve(exceptionId, operator, "retried: event " + event.id() + " processed");
        }
        return event;
    }

    public void requeue(String id) {
        ShopeeEvent event = get(id);
        if (!event.signatureOk()) {
            ShopeeProfile profile = event.profileId() == null ? null : em.find(ShopeeProfile.class, event.profileId());
            boolean verifies = profile != null && event.signature() != null && ShopeeSigner.verifyPush(
                    profile.pushKey(secrets.box()), event.callbackUrl(), event.rawBody(), event.signature());
            if (!verifies) {
                throw PlatformException.conflict("Event " + id + " still does not verify with the profile's push key");
            }
            event.signatureVerified();
        }
        try {
            PushEnvelope.parse(event.rawBody());
        } catch (PushEnvelope.MalformedPushException e) {
            throw PlatformException.conflict("Event " + id + " cannot be processed: " + e.getMessage());
        }
        event.requeue();
    }
}
