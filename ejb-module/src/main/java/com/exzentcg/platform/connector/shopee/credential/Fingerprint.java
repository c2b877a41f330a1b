package com.exzentcg.platform.connector.shopee.credential;

/**
 * What operators see instead of a secret: {@code shpk…5863·len64}. Enough to tell two keys apart
 * and spot a truncated paste, not enough to use; short secrets show only their length.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String secret) {
        if (secret == null) {
            return null;
        }
        if (secret.length() < 16) {
            return "…·len" + secret.length();
        }
        return secret.substring(0, 4) + "…" + secret.substring(secret.length() - 4) + "·len" + secret.length();
    }
}
