package com.exzentcg.platform.connector.shopee.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code state} carried through Shopee's authorization round trip: which profile and
 * environment started it and until when it is valid, HMAC-signed so a callback cannot be
 * pointed at another profile or replayed later.
 */
public final class OAuthState {

    /** What a valid state vouches for. */
    public record Claims(String profileId, String environment, Instant expiresAt) {
    }

    private final byte[] key;

    public OAuthState(byte[] key) {
        this.key = key.clone();
    }

    public String issue(String profileId, String environment, Instant expiresAt) {
        String payload = profileId + "|" + environment + "|" + expiresAt.getEpochSecond();
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + mac(body);
    }

    /** The claims when the signature holds and the state has not expired at {@code now}. */
    public Optional<Claims> verify(String state, Instant now) {
        if (state == null) {
            return Optional.empty();
        }
        int dot = state.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = state.substring(0, dot);
        byte[] given = state.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return now.isAfter(expires) ? Optional.empty() : Optional.of(new Claims(parts[0], parts[1], expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
