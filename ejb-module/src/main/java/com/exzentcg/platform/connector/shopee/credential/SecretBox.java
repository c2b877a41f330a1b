package com.exzentcg.platform.connector.shopee.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per seal. Sealed form: {@code v1:<key id>:<base64(nonce ‖
 * ciphertext ‖ tag)>}. The caller's {@code context} (table, column, row id) is bound as
 * associated data, so a ciphertext copied into another row or column does not open.
 */
public final class SecretBox {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey current;
    private final Map<String, MasterKey> ring;

    /** @param current encrypts; {@code previous} keys only decrypt, until rotation rewrites their rows */
    public SecretBox(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        this.ring = java.util.stream.Stream.concat(java.util.stream.Stream.of(current), previous.stream())
                .collect(Collectors.toMap(MasterKey::id, Function.identity(), (a, b) -> a));
    }

    public MasterKey currentKey() {
        return current;
    }

    public String seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.aesKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + current.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new SecretUnreadableException("unknown secret format");
        }
        MasterKey key = ring.get(parts[1]);
        if (key == null) {
            throw new SecretUnreadableException("secret sealed with key " + parts[1] + ", which is not in the key ring");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aesKey(), new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Deliberately no cause: it adds nothing an operator can use.
            throw new SecretUnreadableException("secret does not open with key " + parts[1]);
        }
    }

    /** True when the sealed value is already under the current key (rotation can skip it). */
    public boolean isCurrent(String sealed) {
        return sealed == null || sealed.startsWith(VERSION + ":" + current.id() + ":");
    }

    /** Opens with whichever key sealed it and seals again under the current key. */
    public String reseal(String sealed, String context) {
        return isCurrent(sealed) ? sealed : seal(open(sealed, context), context);
    }
}
