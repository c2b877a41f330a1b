package com.exzentcg.platform.platform.lock;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL transaction-scoped advisory locks keyed by a readable name. They serialize work
 * across threads and across cluster nodes, and vanish with the transaction, so a crashed node
 * never leaves one behind. Callers must be inside a JTA transaction.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Waits for the lock; it is held until the current transaction ends. */
    public static void lock(EntityManager em, String name) {
        // Wrapped in a select so the driver gets a value, not a void result.
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS l")
                .setParameter(1, name).getSingleResult();
    }

    /** Takes the lock if nobody holds it; never waits. */
    public static boolean tryLock(EntityManager em, String name) {
        Object acquired = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, name).getSingleResult();
        return Boolean.TRUE.equals(acquired);
    }
}
