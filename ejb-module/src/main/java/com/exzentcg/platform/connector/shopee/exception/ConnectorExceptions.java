package com.exzentcg.platform.connector.shopee.exception;

import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.id.Ids;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** Records connector problems so operators see them, even when the failing work rolls back. */
@Stateless
public class ConnectorExceptions {

    private static final Logger LOG = Logger.getLogger(ConnectorExceptions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ConnectorExceptionRaised> raised;

    /**
     * Opens a problem, or counts one more occurrence of the same open problem (same type,
     * profile and reference). Runs in its own transaction so it survives the caller's rollback.
     * The message must be operator-safe: never a secret.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String raise(ExceptionType type, String environment, String profileId, String reference, String message) {
        return raise(type, environment, profileId, reference, message, null);
    }

    /** As {@link #raise(ExceptionType, String, String, String, String)}, linked to the event an operator can retry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String raise(ExceptionType type, String environment, String profileId, String reference, String message,
            String eventId) {
        return raise(type, environment, profileId, reference, message, eventId, List.of());
    }

    /**
     * As above, naming the SKUs the problem is about (SKU_NOT_FOUND: the unknown ones) so an
     * operator's tool can act on them without reading the message. A repeat keeps the latest SKUs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String raise(ExceptionType type, String environment, String profileId, String reference, String message,
            String eventId, List<String> skus) {
        String candidate = Ids.next("exc");
        @SuppressWarnings("unchecked")
        List<Object[]> row = em.createNativeQuery("""
                INSERT INTO connector_exception (id, type, status, environment, profile_id, reference, message,
                                                 event_id, skus, occurrences, created_at, updated_at)
                VALUES (?1, ?2, 'open', ?3, ?4, ?5, ?6, ?7, ?8, 1, now(), now())
                ON CONFLICT (type, coalesce(profile_id, ''), coalesce(reference, '')) WHERE status = 'open'
                DO UPDATE SET occurrences = connector_exception.occurrences + 1, message = excluded.message,
                              event_id = coalesce(excluded.event_id, connector_exception.event_id),
                              skus = coalesce(excluded.skus, connector_exception.skus), updated_at = now()
                RETURNING id, occurrences""")
                .setParameter(1, candidate).setParameter(2, type.name()).setParameter(3, environment)
                .setParameter(4, profileId).setParameter(5, reference).setParameter(6, truncate(message))
                .setParameter(7, eventId)
                .setParameter(8, skus == null || skus.isEmpty() ? null : String.join("\n", skus))
                .getResultList();
        String id = (String) row.get(0)[0];
        boolean first = ((Number) row.get(0)[1]).intValue() == 1;
        LOG.warning(() -> "Connector exception " + id + " " + type + (profileId == null ? "" : " profile " + profileId)
                + (reference == null ? "" : " ref " + reference) + ": " + message);
        raised.fire(new ConnectorExceptionRaised(id, type, profileId, first));
        return id;
    }

    /** @param reference what the exception is about (a Shopee order number, a SKU…), matched exactly; or null */
    public Page<ConnectorException> list(PageRequest page, String status, String type, String environment, String reference) {
        List<String> where = new java.util.ArrayList<>();
        if (status != null) {
            where.add("e.status = :status");
        }
        if (type != null) {
            where.add("e.type = :type");
        }
        if (environment != null) {
            where.add("e.environment = :env");
        }
        if (reference != null) {
            where.add("e.reference = :reference");
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var rows = em.createQuery("select e from ConnectorException e" + clause + " order by e.createdAt desc, e.id desc",
                ConnectorException.class);
        var count = em.createQuery("select count(e) from ConnectorException e" + clause, Long.class);
        for (var q : List.of(rows, count)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (type != null) {
                q.setParameter("type", type);
            }
            if (environment != null) {
                q.setParameter("env", environment);
            }
            if (reference != null) {
                q.setParameter("reference", reference);
            }
        }
        return Pages.of(rows, count, page);
    }

    public ConnectorException get(String id) {
        ConnectorException problem = em.find(ConnectorException.class, id);
        if (problem == null) {
            throw PlatformException.notFound("Exception", id);
        }
        return problem;
    }

    /** Marks a problem handled; resolving an already resolved one changes nothing. */
    public ConnectorException resolve(String id, String operator, String note) {
        ConnectorException problem = get(id);
        problem.resolve(operator, note);
        return problem;
    }

    /** Open problems in one environment, or (null) in all. */
    public long countOpenIn(String environment) {
        String where = environment == null ? "" : " and e.environment = :env";
        var query = em.createQuery("select count(e) from ConnectorException e where e.status = 'open'" + where, Long.class);
        if (environment != null) {
            query.setParameter("env", environment);
        }
        return query.getSingleResult();
    }

    public long countOpen(String profileId) {
        return em.createQuery("select count(e) from ConnectorException e where e.profileId = :p and e.status = 'open'", Long.class)
                .setParameter("p", profileId).getSingleResult();
    }

    /** The open problems of one type, profile and reference (at most one, given the open-problem uniqueness). */
    public List<ConnectorException> openFor(String profileId, ExceptionType type, String reference) {
        return em.createQuery("select e from ConnectorException e where e.profileId = :p and e.type = :t"
                                + " and e.reference = :r and e.status = 'open'", ConnectorException.class)
                .setParameter("p", profileId).setParameter("t", type.name()).setParameter("r", reference).getResultList();
    }

    private static String truncate(String message) {
        return message == null ? "" : message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
