package com.exzentcg.platform.connector.shopee;

/**
 * Shopee's v2 hosts (reference §1). A test partner id/key works only on a sandbox host and a live one
 * only on a live host, so the environment is part of the shop profile, not a global setting.
 */
public enum ShopeeHosts {

    LIVE_GLOBAL("https://partner.shopeemobile.com"),
    LIVE_CN("https://openplatform.shopee.cn"),
    LIVE_BR("https://openplatform.shopee.com.br"),
    SANDBOX_GLOBAL("https://openplatform.sandbox.test-stable.shopee.sg"),
    SANDBOX_CN("https://openplatform.sandbox.test-stable.shopee.cn");

    private final String baseUrl;

    ShopeeHosts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Without a trailing slash; paths start with {@code /api/v2/}. */
    public String baseUrl() {
        return baseUrl;
    }
}
