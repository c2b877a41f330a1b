package com.exzentcg.platform.it;

import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for asynchronous work (event processing, timers) to show up through the API. */
public final class Await {

    private static final long TIMEOUT_MILLIS = 30_000;
    private static final long POLL_MILLIS = 150;

    private Await() {
    }

    /** Polls until {@code probe} yields a value, or fails the test naming {@code what} after 30 s. */
    public static <T> T until(String what, Supplier<Optional<T>> probe) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
