package com.exzentcg.platform.connector.shopee.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostWindowTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void allowsTheLimitPerMinuteAndFreesSlotsAsTheyAgeOut() {
        PostWindow window = new PostWindow();
        assertEquals(10, window.available(10, T0));
        for (int i = 0; i < 10; i++) {
            window.record(T0.plusSeconds(i));
        }
        assertEquals(0, window.available(10, T0.plusSeconds(30)));
        assertEquals(0, window.available(10, T0.plusSeconds(59)));
        assertEquals(1, window.available(10, T0.plusSeconds(60)), "the first post is a minute old");
        assertEquals(10, window.available(10, T0.plusSeconds(70)));
    }

    @Test
    void aLowerLimitNeverGoesNegative() {
        PostWindow window = new PostWindow();
        for (int i = 0; i < 5; i++) {
            window.record(T0);
        }
        assertEquals(0, window.available(3, T0.plusSeconds(1)));
    }
}
