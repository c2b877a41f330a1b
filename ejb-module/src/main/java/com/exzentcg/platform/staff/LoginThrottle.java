package com.exzentcg.platform.staff;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Counts failed logins per account. Its own transaction, because the failed login itself rolls
 * back; one guarded UPDATE, because several wrong guesses arriving together must each count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthSettings settings;

    /**
     * One more failure. An expired lock starts the count again at one; a running lock is left
     * as it is, so hammering a locked account does not keep it locked forever.
     */
    public void failed(String userId) {
        em.createNativeQuery("""
                UPDATE staff_user SET
                  failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                       ELSE failed_logins + 1 END,
                  locked_until = CASE
                      WHEN locked_until IS NOT NULL AND locked_until > now() THEN locked_until
                      WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
                                 ELSE failed_logins + 1 END) >= ?1
                           THEN now() + make_interval(mins => ?2)
                      ELSE NULL END
                WHERE id = ?3""")
                .setParameter(1, settings.lockoutAttempts())
                .setParameter(2, (int) settings.lockoutDuration().toMinutes())
                .setParameter(3, userId)
                .executeUpdate();
    }
}
