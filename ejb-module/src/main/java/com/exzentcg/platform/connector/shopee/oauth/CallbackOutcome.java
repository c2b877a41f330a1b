package com.exzentcg.platform.connector.shopee.oauth;

/**
 * How an OAuth callback ended, as the return URL reports it: {@code status=connected}, or
 * {@code status=error} with one of the contract's reasons.
 */
public record CallbackOutcome(String environment, String profileId, String status, String reason) {

    public static final String MISSING_CODE = "missing_code";
    public static final String BAD_ENV_PATH = "bad_env_path";
    public static final String EXCHANGE_FAILED = "exchange_failed";
    public static final String BAD_STATE = "bad_state";

    static CallbackOutcome connected(String environment, String profileId) {
        return new CallbackOutcome(environment, profileId, "connected", null);
    }

    static CallbackOutcome error(String environment, String profileId, String reason) {
        return new CallbackOutcome(environment, profileId, "error", reason);
    }
}
