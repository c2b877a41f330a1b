package com.exzentcg.platform.connector.shopee.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding one-minute window of the posts made, so the receiver (and the Telegram chat behind
 * it) never gets more than {@code limit} posts a minute, failures included.
 */
public final class PostWindow {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Deque<Instant> posts = new ArrayDeque<>();

    /** How many more posts the window allows at {@code now}. */
    public synchronized int available(int limit, Instant now) {
        while (!posts.isEmpty() && !posts.peekFirst().isAfter(now.minus(WINDOW))) {
            posts.removeFirst();
        }
        return Math.max(0, limit - posts.size());
    }

    public synchronized void record(Instant at) {
        posts.addLast(at);
    }
}
