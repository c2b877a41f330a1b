package com.exzentcg.platform.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 from the JDK's own crypto provider. Stored hashes describe
 * themselves ({@code pbkdf2-sha256:iterations:salt:hash}) so the work factor can be raised later
 * without invalidating existing passwords. No container dependency: the bootstrap command
 * (plain JDBC, outside WildFly) hashes exactly the way the server verifies.
 */
public final class PasswordHasher {

    public static final int MIN_LENGTH = 12;
    /** Long inputs would only burn CPU for an attacker's benefit. */
    public static final int MAX_LENGTH = 256;
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 210_000;

    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A real hash of nothing anyone knows: unknown emails are verified against it for equal timing. */
    private static final class Dummy {
        static final String HASH = new PasswordHasher().hash("dummy-password-for-timing-only".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /** Constant-time comparison; a malformed stored value simply never matches. */
    public boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real verification and always fails. */
    public boolean verifyAgainstDummy(char[] password) {
        verify(password, Dummy.HASH);
        return false;
    }

    /** True when the stored hash was made with a weaker work factor than today's. */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Why a proposed password is unacceptable, or {@code null} when it is fine. */
    public static String weakness(String password) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        if (password.length() < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (password.isBlank()) {
            return "must not be blank";
        }
        return null;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
