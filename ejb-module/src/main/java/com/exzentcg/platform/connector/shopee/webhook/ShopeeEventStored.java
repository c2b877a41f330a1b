package com.exzentcg.platform.connector.shopee.webhook;

/** A push was committed and waits for processing; observers act after the commit. */
public record ShopeeEventStored(String eventId) {
}
