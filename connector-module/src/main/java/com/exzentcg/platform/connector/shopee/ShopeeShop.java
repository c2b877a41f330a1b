package com.exzentcg.platform.connector.shopee;

import java.util.Objects;

/**
 * Target of a call. With a shop id and access token the call is signed shop-level, without them
 * public-level.
 *
 * @param shopId      null for public calls
 * @param accessToken null for public calls; never printed, see {@link #toString()}
 */
public record ShopeeShop(String baseUrl, long partnerId, String partnerKey, Long shopId, String accessToken) {

    public ShopeeShop {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(partnerKey, "partnerKey");
    }

    public boolean isShopLevel() {
        return shopId != null && accessToken != null;
    }

    @Override
    public String toString() {
        return "ShopeeShop[baseUrl=" + baseUrl + ", partnerId=" + partnerId + ", shopId=" + shopId
                + ", partnerKey=***, accessToken=" + (accessToken == null ? "null" : "***") + "]";
    }
}
