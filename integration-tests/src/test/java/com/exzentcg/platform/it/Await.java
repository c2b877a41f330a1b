package com.exzentcg.platform.it;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for asynchronous work (event processing, timers) to show up through the API. */
public final class Await {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(150);

    private Await() {
    }

    /** Polls until {@code probe} yields a value, or fails the test naming {@code what} after 30 s. */
    public static <T> T until(String what, Supplier<Optional<T>> probe) {
        return until(what, TIMEOUT, POLL, probe);
    }

    /** Polls until {@code probe} yields a value, or fails the test naming {@code what} after {@code timeout}. */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        return until(what, timeout, POLL, probe);
    }

    /**
     * Polls every {@code pause} until {@code probe} yields a value, or fails the test naming {@code what}
     * after {@code timeout}. The probe runs at least once, and once more at the deadline.
     */
    public static <T> T until(String what, Duration timeout, Duration pause, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    /** Polls until {@code condition} holds, or fails the test naming {@code what} after {@code timeout}. */
    public static void untilTrue(String what, Duration timeout, BooleanSupplier condition) {
        untilTrue(what, timeout, POLL, condition);
    }

    /** Polls every {@code pause} until {@code condition} holds, or fails naming {@code what} after {@code timeout}. */
    public static void untilTrue(String what, Duration timeout, Duration pause, BooleanSupplier condition) {
        until(what, timeout, pause, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
