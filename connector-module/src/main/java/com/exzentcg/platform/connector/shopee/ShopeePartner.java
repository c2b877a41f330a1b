package com.exzentcg.platform.connector.shopee;

import java.util.Objects;

/**
 * Target of public-level calls (token exchange, push APIs): a partner app on one Shopee host.
 *
 * @param baseUrl    host without path, see {@link ShopeeHosts}; tests point it at a fake
 * @param partnerKey the HMAC key; never printed, see {@link #toString()}
 */
public record ShopeePartner(String baseUrl, long partnerId, String partnerKey) {

    public ShopeePartner {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(partnerKey, "partnerKey");
    }

    /** The same partner acting on one authorized shop. */
    public ShopeeShop shop(long shopId, String accessToken) {
        return new ShopeeShop(baseUrl, partnerId, partnerKey, shopId, accessToken);
    }

    @Override
    public String toString() {
        return "ShopeePartner[baseUrl=" + baseUrl + ", partnerId=" + partnerId + ", partnerKey=***]";
    }
}
