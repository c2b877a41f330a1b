package com.exzentcg.platform.connector.shopee.token;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.PlatformException;

/**
 * Turns a failed Shopee call into the platform's error for an operator-initiated action: Shopee's
 * error code and (already secret-free) message, as "unavailable", since retrying later or fixing
 * the profile is the remedy.
 */
public final class UpstreamFailure {

    private UpstreamFailure() {
    }

    public static PlatformException of(String action, RuntimeException failure) {
        if (failure instanceof ShopeeApiException api) {
            String detail = api.shopeeMessage() == null || api.shopeeMessage().isBlank() ? "" : " (" + api.shopeeMessage() + ")";
            return new PlatformException(ErrorType.UNAVAILABLE, "Shopee refused " + action + ": " + api.error() + detail);
        }
        if (failure instanceof ShopeeTransportException) {
            return new PlatformException(ErrorType.UNAVAILABLE, "Shopee could not be reached for " + action + "; try again later");
        }
        throw failure;
    }
}
