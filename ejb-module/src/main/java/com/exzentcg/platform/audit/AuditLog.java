package com.exzentcg.platform.audit;

import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The audit boundary: append an entry, read entries back newest first. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    /**
     * Its own transaction: the business call it describes may have rolled back, and a refused
     * or failed attempt is exactly what an audit must keep.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry record(@NotNull AuditRecord record) {
        AuditEntry entry = new AuditEntry(record);
        em.persist(entry);
        return entry;
    }

    public Page<AuditEntry> list(PageRequest page, @NotNull AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "actorId", "e.actorId = :actorId", filter.actorId());
        add(where, params, "targetId", "e.targetId = :targetId", filter.targetId());
        add(where, params, "method", "e.method = :method",
                filter.method() == null ? null : filter.method().toUpperCase(Locale.ROOT));
        add(where, params, "route", "e.route = :route", filter.route());
        add(where, params, "status", "e.status = :status", filter.status());
        add(where, params, "from", "e.occurredAt >= :from", filter.from());
        add(where, params, "to", "e.occurredAt < :to", filter.to());
        if (filter.outcome() != null) {
            switch (filter.outcome()) {
                case "success" -> where.append(" and e.status < 400");
                case "failure" -> where.append(" and e.status >= 400");
                default -> throw PlatformException.invalid("outcome", "must be success or failure");
            }
        }
        var rows = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        var count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Pages.of(rows, count, page);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, String clause, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
