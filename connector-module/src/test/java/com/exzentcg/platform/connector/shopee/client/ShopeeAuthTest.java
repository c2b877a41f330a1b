package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.fake.FakeCall;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.PARTNER_ID;
import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.PARTNER_KEY;
import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.SHOP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeAuthTest {

    private final ShopeeTestbed bed = new ShopeeTestbed();
    private final ShopeeClient client = bed.client();

    @AfterEach
    void stop() {
        bed.close();
    }

    /** Any shop-level call that succeeds proves the token was accepted. */
    private boolean works(ShopeeShop shop) {
        return client.getWarehouseDetail(shop).isEmpty();
    }

    @Test
    void exchanges_an_auth_code_for_a_token_pair() {
        TokenGrant grant = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);

        assertEquals(32, grant.accessToken().length());
        assertEquals(32, grant.refreshToken().length());
        assertEquals(14400, grant.expireInSeconds());
        assertTrue(grant.requestId().startsWith("fake-"));
        // and the token works for a shop call
        assertTrue(works(bed.partner.shop(SHOP_ID, grant.accessToken())));
    }

    @Test
    void token_request_is_public_signed_with_partner_id_as_json_int() {
        client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);

        FakeCall call = bed.fake.callsTo(FakeShopee.TOKEN_GET).get(0);
        assertEquals("POST", call.method());
        assertFalse(call.query().containsKey("access_token"), "public level: no token in query");
        assertTrue(call.body().contains("\"partner_id\":" + PARTNER_ID), call.body());
        assertTrue(call.body().contains("\"shop_id\":" + SHOP_ID), call.body());
    }

    @Test
    void an_auth_code_works_once() {
        String code = bed.fake.issueAuthCode(SHOP_ID);
        client.getAccessToken(bed.partner, code, SHOP_ID);

        ShopeeApiException reuse = assertThrows(ShopeeApiException.class,
                () -> client.getAccessToken(bed.partner, code, SHOP_ID));
        assertEquals("error_param", reuse.error());
    }

    @Test
    void an_auth_code_expires_after_ten_minutes() {
        String code = bed.fake.issueAuthCode(SHOP_ID);
        bed.clock.advance(Duration.ofMinutes(11));

        assertThrows(ShopeeApiException.class, () -> client.getAccessToken(bed.partner, code, SHOP_ID));
    }

    @Test
    void refresh_rotates_and_the_old_refresh_token_is_rejected() {
        TokenGrant first = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);

        TokenGrant second = client.refreshAccessToken(bed.partner, first.refreshToken(), SHOP_ID);
        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertNotEquals(first.accessToken(), second.accessToken());

        ShopeeApiException reuse = assertThrows(ShopeeApiException.class,
                () -> client.refreshAccessToken(bed.partner, first.refreshToken(), SHOP_ID));
        assertEquals("error_param", reuse.error());
        assertEquals("Invalid refresh_token.", reuse.shopeeMessage());
        assertEquals(2, bed.fake.refreshCalls(), "the rejected reuse was not retried");

        TokenGrant third = client.refreshAccessToken(bed.partner, second.refreshToken(), SHOP_ID);
        assertNotEquals(second.refreshToken(), third.refreshToken());
    }

    @Test
    void old_access_token_stays_valid_five_minutes_after_a_refresh() {
        TokenGrant first = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);
        client.refreshAccessToken(bed.partner, first.refreshToken(), SHOP_ID);
        ShopeeShop withOldToken = bed.partner.shop(SHOP_ID, first.accessToken());

        bed.clock.advance(Duration.ofMinutes(4));
        assertTrue(works(withOldToken));
        bed.clock.advance(Duration.ofMinutes(2));
        assertTrue(assertThrows(ShopeeApiException.class, () -> works(withOldToken))
                .isAccessTokenInvalid());
    }

    @Test
    void expired_access_token_maps_to_access_token_invalid() {
        bed.fake.accessTokenLifetime(Duration.ofSeconds(30));
        ShopeeShop shop = bed.authorizedShop();
        bed.clock.advance(Duration.ofSeconds(31));

        ShopeeApiException e = assertThrows(ShopeeApiException.class, () -> client.getWarehouseDetail(shop));
        assertEquals("invalid_acceess_token", e.error());
        assertTrue(e.isAccessTokenInvalid());
        assertFalse(e.isRetryable());
        assertEquals(1, bed.fake.callsTo(FakeShopee.WAREHOUSE_DETAIL).size(), "not retried");
    }

    @Test
    void unknown_access_token_maps_to_access_token_invalid() {
        ShopeeShop shop = bed.partner.shop(SHOP_ID, "00000000000000000000000000000000");
        assertTrue(assertThrows(ShopeeApiException.class, () -> client.getWarehouseDetail(shop)).isAccessTokenInvalid());
    }

    @Test
    void wrong_partner_key_gives_error_sign() {
        ShopeeShop good = bed.authorizedShop();
        ShopeeShop badKey = new ShopeeShop(good.baseUrl(), PARTNER_ID, PARTNER_KEY.replace('6', '7'),
                SHOP_ID, good.accessToken());

        ShopeeApiException e = assertThrows(ShopeeApiException.class, () -> client.getWarehouseDetail(badKey));
        assertEquals("error_sign", e.error());
        assertEquals("Wrong sign.", e.shopeeMessage());

        ShopeePartner badPartner = new ShopeePartner(bed.partner.baseUrl(), PARTNER_ID, "not-the-key");
        assertEquals("error_sign", assertThrows(ShopeeApiException.class,
                () -> client.getLostPushMessages(badPartner)).error());
    }

    @Test
    void a_clock_six_minutes_behind_gives_timestamp_expired() {
        ShopeeShop shop = bed.authorizedShop();
        ShopeeClient lagging = bed.client(ShopeeTestbed.fastSettings(),
                Clock.offset(bed.clock, Duration.ofMinutes(-6)));

        ShopeeApiException e = assertThrows(ShopeeApiException.class, () -> lagging.getWarehouseDetail(shop));
        assertEquals("error_param", e.error());
        assertEquals("Timestamp is expired.", e.shopeeMessage());
    }

    @Test
    void a_clock_six_minutes_ahead_gives_invalid_timestamp() {
        ShopeeClient rushing = bed.client(ShopeeTestbed.fastSettings(),
                Clock.offset(bed.clock, Duration.ofMinutes(6)));

        ShopeeApiException e = assertThrows(ShopeeApiException.class, () -> rushing.getLostPushMessages(bed.partner));
        assertEquals("Invalid timestamp", e.shopeeMessage());
    }

    @Test
    void shop_calls_carry_shop_level_params() {
        ShopeeShop shop = bed.authorizedShop();
        client.getWarehouseDetail(shop);

        FakeCall call = bed.fake.callsTo(FakeShopee.WAREHOUSE_DETAIL).get(0);
        assertEquals(shop.accessToken(), call.param("access_token"));
        assertEquals(Long.toString(SHOP_ID), call.param("shop_id"));
        assertEquals(Long.toString(bed.clock.instant().getEpochSecond()), call.param("timestamp"));
        assertEquals(64, call.param("sign").length());
    }

    @Test
    void shop_call_without_a_token_is_refused_locally() {
        ShopeeShop noToken = new ShopeeShop(bed.partner.baseUrl(), PARTNER_ID, PARTNER_KEY, SHOP_ID, null);
        assertThrows(IllegalArgumentException.class, () -> client.getOrderDetail(noToken, List.of("X")));
        assertTrue(bed.fake.calls().isEmpty());
    }
}
