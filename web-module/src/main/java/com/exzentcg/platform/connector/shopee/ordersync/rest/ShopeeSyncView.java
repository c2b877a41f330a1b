package com.exzentcg.platform.connector.shopee.ordersync.rest;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.ordersync.ShopeeOrderSync;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How the order stands at Shopee: its number, status and update time, the payout Shopee
 * reported, and the buyer, until retention redacts them.
 */
public record ShopeeSyncView(String orderSn, String environment, String profileId, String shopeeStatus,
        long updateTime, String lastEventId, BigDecimal escrowAmount, Instant escrowRecordedAt, Buyer buyer,
        Instant buyerDataRedactedAt) {

    public record Buyer(String username, String recipientName, String recipientPhone, String recipientAddress) {
    }

    public static ShopeeSyncView from(ShopeeOrderSync s) {
        return new ShopeeSyncView(s.orderSn(), s.environment(), s.profileId(), s.shopeeStatus(), s.updateTime(),
                s.lastEventId(), s.escrowAmount(), Timestamps.instant(s.escrowRecordedAt()),
                s.buyerDataRedactedAt() == null
                        ? new Buyer(s.buyerUsername(), s.recipientName(), s.recipientPhone(), s.recipientAddress())
                        : null,
                Timestamps.instant(s.buyerDataRedactedAt()));
    }

}
