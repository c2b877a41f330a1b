package com.exzentcg.platform.connector.shopee.webhook;

/**
 * What {@link EventHandling} needs of a claimed push: plain values, not the {@link ShopeeEvent}
 * entity, because the entity belongs to the claiming transaction's persistence context and the
 * handling runs in a transaction (and persistence context) of its own.
 */
public record ClaimedEvent(String id, String environment, String profileId) {

    static ClaimedEvent of(ShopeeEvent event) {
        return new ClaimedEvent(event.id(), event.environment(), event.profileId());
    }
}
