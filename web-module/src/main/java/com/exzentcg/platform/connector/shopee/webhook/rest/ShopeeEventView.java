package com.exzentcg.platform.connector.shopee.webhook.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvent;
import java.time.Instant;

/** A stored push as operators see it, with the body as received. */
public record ShopeeEventView(String id, String environment, String profileId, Integer pushCode, Long shopId,
        String orderSn, boolean signatureOk, String status, boolean processed, int attempts, int deliveries,
        String lastError, Instant receivedAt, Instant processedAt, Instant nextAttemptAt, String body) {

    public static ShopeeEventView from(ShopeeEvent e) {
        return new ShopeeEventView(e.id(), e.environment(), e.profileId(), e.pushCode(), e.shopId(), e.orderSn(),
                e.signatureOk(), e.status(), e.processedAt() != null, e.attempts(), e.deliveries(), e.lastError(),
                Timestamps.instant(e.receivedAt()), Timestamps.instant(e.processedAt()), Timestamps.instant(e.nextAttemptAt()), e.rawBodyText());
    }

}
