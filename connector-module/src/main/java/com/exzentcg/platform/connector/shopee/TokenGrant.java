package com.exzentcg.platform.connector.shopee;

/**
 * A token pair from the token exchange or a refresh. The refresh token is single-use: persist the
 * whole grant before anything else can refresh the same shop.
 *
 * @param expireInSeconds access token lifetime remaining, as Shopee states it (4 h when fresh)
 */
public record TokenGrant(String accessToken, String refreshToken, long expireInSeconds, String requestId) {

    @Override
    public String toString() {
        return "TokenGrant[accessToken=***, refreshToken=***, expireInSeconds=" + expireInSeconds
                + ", requestId=" + requestId + "]";
    }
}
