package com.exzentcg.platform.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String stored = hasher.hash(PASSWORD.toCharArray());
        assertTrue(hasher.verify(PASSWORD.toCharArray(), stored));
        assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), stored));
    }

    @Test
    void storedFormIsSelfDescribingSaltedAndNeverThePassword() {
        String stored = hasher.hash(PASSWORD.toCharArray());
        String[] parts = stored.split(":");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertFalse(stored.contains(PASSWORD));
        assertNotEquals(stored, hasher.hash(PASSWORD.toCharArray()), "a fresh salt per hash");
    }

    @Test
    void weakerWorkFactorsStillVerifyButAskForARehash() {
        String stored = hasher.hash(PASSWORD.toCharArray());
        assertFalse(hasher.needsRehash(stored));
        String[] parts = stored.split(":");
        assertTrue(hasher.needsRehash(parts[0] + ":1000:" + parts[2] + ":" + parts[3]));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "md5:1:aa:bb", "pbkdf2-sha256:x:aa:bb", "pbkdf2-sha256:1:%%:bb"}) {
            assertFalse(hasher.verify(PASSWORD.toCharArray(), stored), String.valueOf(stored));
        }
        assertFalse(hasher.verifyAgainstDummy(PASSWORD.toCharArray()));
    }

    @Test
    void weaknessEnforcesTheMinimumLength() {
        assertEquals("must be at least 12 characters", PasswordHasher.weakness("elevenchars"));
        assertEquals("is required", PasswordHasher.weakness(""));
        assertEquals("must not be blank", PasswordHasher.weakness("             "));
        assertNull(PasswordHasher.weakness("twelve chars"));
        assertEquals("must be at most 256 characters", PasswordHasher.weakness("x".repeat(257)));
    }
}
