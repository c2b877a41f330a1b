package com.exzentcg.platform.connector.shopee;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeApiExceptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"invalid_access_token", "invalid_acceess_token", "error_auth"})
    void token_errors_ask_for_a_refresh(String error) {
        ShopeeApiException e = new ShopeeApiException(error, "Invalid access_token.", "r1");
        assertTrue(e.isAccessTokenInvalid());
        assertFalse(e.isRetryable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"error_server", "error_system_busy", "error_rate_limit", "error_inner", "error_network"})
    void transient_errors_are_retryable(String error) {
        ShopeeApiException e = new ShopeeApiException(error, "busy", "r1");
        assertTrue(e.isRetryable());
        assertFalse(e.isAccessTokenInvalid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"error_sign", "error_param", "error_not_found", "error_limit", "shop_banned"})
    void other_errors_are_final(String error) {
        ShopeeApiException e = new ShopeeApiException(error, "no", "r1");
        assertFalse(e.isRetryable());
        assertFalse(e.isAccessTokenInvalid());
    }
}
