package com.exzentcg.platform.connector.shopee.credential;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * Re-encrypts every stored secret under the current master key, in small committed batches so it
 * can run while the platform serves traffic, be interrupted, and be run again (rows already
 * under the current key are skipped).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
    static final int BATCH = 100;

    @EJB
    KeyRotationBatch batch;

    /** Rotation counts: rows examined and secret values rewritten. */
    public record Report(String currentKeyId, long rowsScanned, long secretsReencrypted, long rowsRemaining) {
    }

    public Report rotate() {
        long scanned = 0;
        long rewritten = 0;
        String after = "";
        while (true) {
            KeyRotationBatch.Result result = batch.run(after, BATCH);
            scanned += result.rows();
            rewritten += result.rewritten();
            if (result.rows() < BATCH) {
                break;
            }
            after = result.lastId();
        }
        long remaining = batch.remaining();
        String keyId = batch.currentKeyId();
        long total = rewritten;
        long rows = scanned;
        LOG.info(() -> "Key rotation to " + keyId + ": " + rows + " rows scanned, " + total + " secrets re-encrypted, "
                + remaining + " rows remaining");
        return new Report(keyId, scanned, rewritten, remaining);
    }
}
