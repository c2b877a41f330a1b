package com.exzentcg.platform.connector.shopee.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthStateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private final OAuthState states = new OAuthState("key-one-for-testing-only-000000".getBytes());

    @Test
    void issuedStateVerifiesWithItsClaims() {
        String state = states.issue("prof_1", "sandbox", NOW.plusSeconds(600));
        var claims = states.verify(state, NOW).orElseThrow();
        assertEquals("prof_1", claims.profileId());
        assertEquals("sandbox", claims.environment());
    }

    @Test
    void expiredStateIsRejected() {
        String state = states.issue("prof_1", "sandbox", NOW.plusSeconds(600));
        assertTrue(states.verify(state, NOW.plusSeconds(601)).isEmpty());
    }

    @Test
    void stateSignedWithAnotherKeyIsRejected() {
        String foreign = new OAuthState("another-key-for-testing-0000000".getBytes()).issue("prof_1", "sandbox", NOW.plusSeconds(600));
        assertTrue(states.verify(foreign, NOW).isEmpty());
    }

    @Test
    void editedPayloadIsRejected() {
        String state = states.issue("prof_1", "sandbox", NOW.plusSeconds(600));
        String body = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("prof_2|sandbox|" + NOW.plusSeconds(600).getEpochSecond()).getBytes());
        String forged = body + state.substring(state.indexOf('.'));
        assertTrue(states.verify(forged, NOW).isEmpty());
    }

    @Test
    void garbageIsRejectedQuietly() {
        assertTrue(states.verify(null, NOW).isEmpty());
        assertTrue(states.verify("", NOW).isEmpty());
        assertTrue(states.verify("no-dot-here", NOW).isEmpty());
        assertTrue(states.verify("!!!.???", NOW).isEmpty());
    }
}
