package com.exzentcg.platform.connector.shopee;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The classic shop authorization link (reference §3); it dies 5 minutes after {@code timestamp}. */
public final class ShopeeAuthLink {

    static final String PATH = "/api/v2/shop/auth_partner";

    private ShopeeAuthLink() {
    }

    /**
     * @param redirectUrl where Shopee sends the seller back with {@code ?code=&shop_id=}; URL-encoded here
     * @param timestamp   Unix seconds
     */
    public static String authorizationUrl(ShopeePartner partner, String redirectUrl, long timestamp) {
        String sign = ShopeeSigner.publicSign(partner.partnerKey(), partner.partnerId(), PATH, timestamp);
        return partner.baseUrl() + PATH
                + "?partner_id=" + partner.partnerId()
                + "&timestamp=" + timestamp
                + "&sign=" + sign
                + "&redirect=" + URLEncoder.encode(redirectUrl, StandardCharsets.UTF_8);
    }
}
