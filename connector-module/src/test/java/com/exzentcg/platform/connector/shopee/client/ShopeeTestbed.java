package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.connector.shopee.fake.MutableClock;

import java.time.Clock;
import java.time.Duration;

/**
 * A FakeShopee with one partner and one linked shop, and a client on the same clock. Each test makes
 * its own: no state is shared between tests.
 */
final class ShopeeTestbed implements AutoCloseable {

    static final long PARTNER_ID = 2001887;
    static final String PARTNER_KEY = "6a6f686e646f65746573746b65796e6f747265616c3030303030303030303032";
    static final long SHOP_ID = 14701711;

    final MutableClock clock = MutableClock.startingNow();
    final FakeShopee fake = FakeShopee.start(clock).registerPartner(PARTNER_ID, PARTNER_KEY)
            .registerShop(PARTNER_ID, SHOP_ID);
    final ShopeePartner partner = new ShopeePartner(fake.baseUrl(), PARTNER_ID, PARTNER_KEY);

    /** Fast retries so failure paths run in milliseconds. */
    static ShopeeSettings fastSettings() {
        return new ShopeeSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofMillis(5));
    }

    ShopeeClient client() {
        return client(fastSettings(), clock);
    }

    ShopeeClient client(ShopeeSettings settings, Clock clientClock) {
        return new ShopeeClient(ShopeeHttpClient.create(settings, clientClock));
    }

    /** The shop with a freshly granted access token. */
    ShopeeShop authorizedShop() {
        return partner.shop(SHOP_ID, fake.grantTokens(SHOP_ID).accessToken());
    }

    @Override
    public void close() {
        fake.close();
    }
}
