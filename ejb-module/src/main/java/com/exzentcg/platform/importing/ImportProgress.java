package com.exzentcg.platform.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the import record in transactions of its own, so a poller sees progress while the
 * import's single transaction is still open, and a failure is recorded after its rollback.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    public ImportJob open(ImportKind kind, int totalRows, String actor) {
        ImportJob job = new ImportJob(kind, totalRows, actor);
        em.persist(job);
        return job;
    }

    public void advance(String jobId, int processed) {
        em.find(ImportJob.class, jobId).advance(processed);
    }

    public void succeed(String jobId, String message) {
        em.find(ImportJob.class, jobId).succeed(message);
    }

    public void fail(String jobId, String message) {
        em.find(ImportJob.class, jobId).fail(message);
    }
}
