package com.exzentcg.platform.connector.shopee.webhook;

/** Applies an order-status push (code 3); implemented by the order sync feature. */
public interface OrderStatusPushHandler {

    /** Runs inside {@link EventHandling}'s transaction; throws {@link HeldEvent} to wait for an operator. */
    EventHandling.Handled handle(ClaimedEvent event, PushEnvelope push);
}
