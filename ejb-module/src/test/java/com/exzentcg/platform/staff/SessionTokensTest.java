package com.exzentcg.platform.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokensTest {

    @Test
    void tokensCarry256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SessionTokens.newToken();
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(SessionTokens.plausible(token));
            assertTrue(seen.add(token));
        }
    }

    @Test
    void onlyAHexSha256IsStored() {
        String token = SessionTokens.newToken();
        String hash = SessionTokens.hash(token);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(hash, SessionTokens.hash(token));
        assertNotEquals(hash, SessionTokens.hash(SessionTokens.newToken()));
    }

    @Test
    void garbageIsNotPlausible() {
        assertFalse(SessionTokens.plausible(null));
        assertFalse(SessionTokens.plausible("short"));
        assertFalse(SessionTokens.plausible("x".repeat(43) + "'; drop table"));
    }
}
