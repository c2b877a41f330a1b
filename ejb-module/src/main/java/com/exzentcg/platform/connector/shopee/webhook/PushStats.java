package com.exzentcg.platform.connector.shopee.webhook;

import java.time.OffsetDateTime;

/**
 * How a profile's pushes fared over a window: metadata only. Verification probes and rows not
 * delivered by Shopee (lost-push drain, polling, reprocessing) are not pushes here.
 *
 * @param lastReceivedAt the profile's latest push of all time (null: never)
 * @param received       pushes stored in the window (a re-delivery of the same push counts once)
 * @param verified       of those, the ones whose signature verified
 */
public record PushStats(OffsetDateTime lastReceivedAt, long received, long verified) {

    public long signatureFailures() {
        return received - verified;
    }

    /** verified ÷ received, or null when nothing arrived (no rate rather than a misleading 0 or 1). */
    public Double successRate() {
        return received == 0 ? null : (double) verified / received;
    }
}
