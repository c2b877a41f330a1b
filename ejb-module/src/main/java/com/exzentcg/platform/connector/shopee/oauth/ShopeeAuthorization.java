package com.exzentcg.platform.connector.shopee.oauth;

import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

/** Shop authorization through the Shopee resource adapter. */
@Stateless
public class ShopeeAuthorization {

    public static final String CONNECTOR = "java:/eis/shopee";

    @Resource(lookup = CONNECTOR)
    ShopeeConnectionFactory shopee;

    /** Shopee's signed authorization link for a partner app, sending the seller back to {@code redirectUrl}. */
    public String signedLink(ShopeePartner partner, String redirectUrl, long timestamp) {
        try (ShopeeConnection connection = shopee.getConnection()) {
            return connection.authorizationUrl(partner, redirectUrl, timestamp);
        }
    }
}
