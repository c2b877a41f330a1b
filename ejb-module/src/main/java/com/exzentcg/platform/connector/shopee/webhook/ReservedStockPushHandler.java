package com.exzentcg.platform.connector.shopee.webhook;

/** Applies a reserved-stock-change push (code 8); implemented by the stock push feature. */
public interface ReservedStockPushHandler {

    /** Runs inside {@link EventHandling}'s transaction; Shopee's exceptions make the event retry. */
    EventHandling.Handled handle(ClaimedEvent event, PushEnvelope push);
}
