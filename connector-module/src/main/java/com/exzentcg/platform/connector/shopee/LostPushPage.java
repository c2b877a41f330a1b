package com.exzentcg.platform.connector.shopee;

import java.util.List;

/**
 * Pushes Shopee could not deliver. Confirm with {@link #lastMessageId()} once they are stored, or
 * they come back on the next fetch.
 */
public record LostPushPage(List<Message> messages, boolean hasNextPage, long lastMessageId) {

    public LostPushPage {
        messages = List.copyOf(messages);
    }

    /**
     * @param shopId null for partner-level pushes
     * @param data   the original push envelope as raw JSON text, to be handled like a live push
     */
    public record Message(Long shopId, int code, long timestamp, String data) {
    }
}
