package com.exzentcg.platform.connector.shopee;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Shopee's request signs and push signatures (reference §2, §4): HMAC-SHA256 keyed with the key string's
 * UTF-8 bytes (not hex-decoded), answered as 64 lowercase hex characters. HexFormat keeps leading zeros,
 * which Shopee's own {@code %032x} Java demo drops for about one sign in sixteen.
 */
public final class ShopeeSigner {

    private static final HexFormat HEX = HexFormat.of();

    private ShopeeSigner() {
    }

    /** Token exchange, refresh, public and push APIs, the auth link: partner_id + path + timestamp. */
    public static String publicSign(String partnerKey, long partnerId, String path, long timestamp) {
        return sign(partnerKey, partnerId + path + timestamp);
    }

    /** Shop APIs: partner_id + path + timestamp + access_token + shop_id. */
    public static String shopSign(String partnerKey, long partnerId, String path, long timestamp,
                                  String accessToken, long shopId) {
        return sign(partnerKey, partnerId + path + timestamp + accessToken + shopId);
    }

    /** Merchant APIs: partner_id + path + timestamp + access_token + merchant_id. */
    public static String merchantSign(String partnerKey, long partnerId, String path, long timestamp,
                                      String accessToken, long merchantId) {
        return sign(partnerKey, partnerId + path + timestamp + accessToken + merchantId);
    }

    /** The raw primitive: lowercase hex of HMAC-SHA256(key, baseString). */
    public static String sign(String key, String baseString) {
        return HEX.formatHex(hmac(key, baseString.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks a push's {@code Authorization} header against hex(HMAC(key, callbackUrl + "|" + rawBody)).
     * Pass the body bytes exactly as received: re-serialised JSON does not verify. The callback URL must
     * be the registered string, query included.
     */
    public static boolean verifyPush(String pushKey, String callbackUrl, byte[] rawBody, String authorizationHeader) {
        if (pushKey == null || callbackUrl == null || rawBody == null || authorizationHeader == null) {
            return false;
        }
        byte[] expected = pushSignature(pushKey, callbackUrl, rawBody).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = authorizationHeader.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        // constant time, so the comparison leaks nothing about how much of a forged header was right
        return MessageDigest.isEqual(expected, presented);
    }

    /** The value Shopee puts in a push's {@code Authorization} header. */
    public static String pushSignature(String pushKey, String callbackUrl, byte[] rawBody) {
        // fed in two parts: no copy of a body that can reach 1 MiB just to prepend the URL
        return HEX.formatHex(hmac(pushKey, (callbackUrl + "|").getBytes(StandardCharsets.UTF_8), rawBody));
    }

    private static byte[] hmac(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (int i = 0; i < parts.length - 1; i++) {
                mac.update(parts[i]);
            }
            return mac.doFinal(parts[parts.length - 1]);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory on every JDK; reaching this means a broken runtime
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
