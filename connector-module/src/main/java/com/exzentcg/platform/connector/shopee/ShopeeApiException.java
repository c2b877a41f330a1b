package com.exzentcg.platform.connector.shopee;

import java.util.Set;

/**
 * Shopee answered with a non-empty {@code error} (reference §8). The message never contains keys or
 * tokens: the transport scrubs the secrets of the call out of Shopee's text before building this.
 */
public class ShopeeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // "invalid_acceess_token" is Shopee's own spelling and really returned; the correct spelling is
    // kept too in case they fix it.
    private static final Set<String> TOKEN_INVALID =
            Set.of("invalid_access_token", "invalid_acceess_token", "error_auth");
    private static final Set<String> RETRYABLE =
            Set.of("error_server", "error_system_busy", "error_rate_limit", "error_inner", "error_network");

    private final String error;
    private final String shopeeMessage;
    private final String requestId;

    public ShopeeApiException(String error, String shopeeMessage, String requestId) {
        super("Shopee " + error + ": " + shopeeMessage + " (request_id " + requestId + ")");
        this.error = error;
        this.shopeeMessage = shopeeMessage;
        this.requestId = requestId;
    }

    /** Shopee's error code, e.g. {@code error_sign}. */
    public String error() {
        return error;
    }

    public String shopeeMessage() {
        return shopeeMessage;
    }

    public String requestId() {
        return requestId;
    }

    /** Refresh the access token (or re-authorize) and try again. */
    public boolean isAccessTokenInvalid() {
        return TOKEN_INVALID.contains(error);
    }

    /** A transient Shopee-side problem; the client already retried with backoff before throwing. */
    public boolean isRetryable() {
        return RETRYABLE.contains(error);
    }
}
