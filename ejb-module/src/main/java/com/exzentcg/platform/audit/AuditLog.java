package com.exzentcg.platform.audit;

import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;

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
        var where = new Where()
                .and("e.actorId = :actorId", "actorId", filter.actorId())
                .and("e.targetId = :targetId", "targetId", filter.targetId())
                .and("e.method = :method", "method",
                        filter.method() == null ? null : filter.method().toUpperCase(Locale.ROOT))
                .and("e.route = :route", "route", filter.route())
                .and("e.status = :status", "status", filter.status())
                .and("e.occurredAt >= :from", "from", filter.from())
                .and("e.occurredAt < :to", "to", filter.to());
        if (filter.outcome() != null) {
            switch (filter.outcome()) {
                case "success" -> where.and("e.status < 400");
                case "failure" -> where.and("e.status >= 400");
                default -> throw PlatformException.invalid("outcome", "must be success or failure");
            }
        }
        return Pages.of(where.bind(em.createQuery("select e from AuditEntry e" + where
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class)),
                where.bind(em.createQuery("select count(e) from AuditEntry e" + where, Long.class)), page);
    }
}
