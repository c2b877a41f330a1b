package com.exzentcg.platform.connector.shopee.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One 256-bit master key. Its id is derived from the key itself (a truncated SHA-256), so ops
 * never have to name keys and a ciphertext always says which key opens it.
 */
public final class MasterKey {

    private final String id;
    private final SecretKey key;

    private MasterKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("a master key must be 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.id = HexFormat.of().formatHex(sha256(raw), 0, 4);
        Arrays.fill(raw, (byte) 0);
    }

    public static MasterKey fromBase64(String encoded) {
        return new MasterKey(Base64.getDecoder().decode(encoded.trim()));
    }

    public String id() {
        return id;
    }

    SecretKey aesKey() {
        return key;
    }

    /** A sub-key for another purpose (e.g. signing OAuth state), so the master key is used only to encrypt. */
    public byte[] derive(String purpose) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] sha256(byte[] raw) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
