package com.exzentcg.platform.connector.shopee.alert;

import com.exzentcg.platform.connector.shopee.exception.ConnectorException;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptionRaised;
import com.exzentcg.platform.platform.config.PlatformSettings;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the outbox row for a new connector exception.
 *
 * <p>It observes {@code IN_PROGRESS}, i.e. inside {@code ConnectorExceptions.raise}'s own
 * REQUIRES_NEW transaction, rather than AFTER_SUCCESS plus a second transaction: the alert then
 * commits exactly when the exception record does. With AFTER_SUCCESS a node dying (or the
 * second transaction failing) between the two commits would leave an exception nobody was told
 * about, and a rolled-back exception can never be announced. The insert cannot conflict (fresh id,
 * {@code ON CONFLICT DO NOTHING} on the exception id), so it adds no new way for raise to fail;
 * the HTTP post, the real side effect, happens later in {@link AlertSender}, after commit.
 */
@Stateless
public class Alerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformSettings platform;

    /** Only the first occurrence alerts: repeats of an open problem only bump its counter. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void exceptionRaised(@Observes(during = TransactionPhase.IN_PROGRESS) ConnectorExceptionRaised raised) {
        if (!raised.firstOccurrence()) {
            return;
        }
        ConnectorException problem = em.find(ConnectorException.class, raised.exceptionId());
        if (problem == null) {
            return;
        }
        String id = Ids.next("alr");
        String payload = AlertPayloads.exception(id, problem.type().name(), problem.environment(),
                problem.profileId(), problem.id(), problem.message(), problem.createdAt(), platform.publicApiBaseUrl());
        em.createNativeQuery("""
                INSERT INTO connector_alert (id, kind, type, environment, profile_id, exception_id, payload, status,
                                             next_attempt_at, created_at)
                VALUES (?1, 'exception', ?2, ?3, ?4, ?5, ?6, 'pending', now(), now())
                ON CONFLICT (exception_id) WHERE exception_id IS NOT NULL DO NOTHING""")
                .setParameter(1, id).setParameter(2, problem.type().name()).setParameter(3, problem.environment())
                .setParameter(4, problem.profileId()).setParameter(5, problem.id()).setParameter(6, payload)
                .executeUpdate();
    }
}
