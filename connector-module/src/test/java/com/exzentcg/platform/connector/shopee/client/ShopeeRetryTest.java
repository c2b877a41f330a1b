package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.SHOP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopeeRetryTest {

    private final ShopeeTestbed bed = new ShopeeTestbed();
    private final ShopeeClient client = bed.client();

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void retries_system_busy_then_succeeds() {
        ShopeeShop shop = bed.authorizedShop();
        bed.fake.failNext(FakeShopee.WAREHOUSE_DETAIL, "error_system_busy", "System is busy.", 2);

        assertEquals(List.of(), client.getWarehouseDetail(shop));
        assertEquals(3, bed.fake.callsTo(FakeShopee.WAREHOUSE_DETAIL).size());
    }

    @Test
    void gives_up_after_max_attempts_with_the_last_shopee_error() {
        bed.fake.rateLimitNext(FakeShopee.LOST_PUSH, 5);

        ShopeeApiException e = assertThrows(ShopeeApiException.class, () -> client.getLostPushMessages(bed.partner));
        assertEquals("error_rate_limit", e.error());
        assertTrue(e.isRetryable());
        assertEquals(3, bed.fake.callsTo(FakeShopee.LOST_PUSH).size());
    }

    @Test
    void does_not_retry_a_final_error() {
        bed.fake.failNext(FakeShopee.LOST_PUSH, "error_param", "Wrong parameters.", 1);

        assertThrows(ShopeeApiException.class, () -> client.getLostPushMessages(bed.partner));
        assertEquals(1, bed.fake.callsTo(FakeShopee.LOST_PUSH).size());
    }

    @Test
    void retries_http_500_without_envelope() {
        bed.fake.httpStatusNext(FakeShopee.LOST_PUSH, 502, 1);

        assertEquals(0, client.getLostPushMessages(bed.partner).messages().size());
        assertEquals(2, bed.fake.callsTo(FakeShopee.LOST_PUSH).size());
    }

    @Test
    void persistent_http_500_becomes_a_transport_exception() {
        bed.fake.httpStatusNext(FakeShopee.LOST_PUSH, 500, 3);

        ShopeeTransportException e = assertThrows(ShopeeTransportException.class,
                () -> client.getLostPushMessages(bed.partner));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void every_attempt_is_signed_with_a_fresh_timestamp() {
        bed.fake.failNext(FakeShopee.LOST_PUSH, "error_server", "Server error.", 1);
        ShopeeClient ticking = bed.client(ShopeeTestbed.fastSettings(), new java.time.Clock() {
            private long second = bed.clock.instant().getEpochSecond();

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochSecond(second++);
            }

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });

        ticking.getLostPushMessages(bed.partner);
        var calls = bed.fake.callsTo(FakeShopee.LOST_PUSH);
        assertNotEquals(calls.get(0).param("timestamp"), calls.get(1).param("timestamp"));
        assertNotEquals(calls.get(0).param("sign"), calls.get(1).param("sign"));
    }

    @Test
    void a_stall_becomes_a_transport_exception_within_the_timeout() {
        ShopeeShop shop = bed.authorizedShop();
        bed.fake.stall(FakeShopee.WAREHOUSE_DETAIL, Duration.ofSeconds(10));
        ShopeeSettings settings = new ShopeeSettings(Duration.ofSeconds(1), Duration.ofMillis(300), 2,
                Duration.ofMillis(10));
        ShopeeClient impatient = bed.client(settings, bed.clock);

        long started = System.nanoTime();
        ShopeeTransportException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(ShopeeTransportException.class, () -> impatient.getWarehouseDetail(shop)));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
        assertTrue(elapsedMillis >= 600, "both attempts waited: " + elapsedMillis);
        assertEquals(2, bed.fake.callsTo(FakeShopee.WAREHOUSE_DETAIL).size(), "timeouts are retried");
    }

    @Test
    void a_stalled_refresh_is_not_resent_because_the_refresh_token_is_single_use() {
        TokenGrant grant = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);
        bed.fake.stallNext(FakeShopee.TOKEN_REFRESH, Duration.ofSeconds(1));
        ShopeeClient impatient = bed.client(new ShopeeSettings(Duration.ofSeconds(1), Duration.ofMillis(200), 3,
                Duration.ofMillis(5)), bed.clock);

        assertThrows(ShopeeTransportException.class,
                () -> impatient.refreshAccessToken(bed.partner, grant.refreshToken(), SHOP_ID));
        assertEquals(1, bed.fake.callsTo(FakeShopee.TOKEN_REFRESH).size());
    }

    @Test
    void a_busy_refresh_is_retried_since_shopee_refused_it() {
        TokenGrant grant = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);
        bed.fake.failNext(FakeShopee.TOKEN_REFRESH, "error_system_busy", "System is busy.");

        TokenGrant refreshed = client.refreshAccessToken(bed.partner, grant.refreshToken(), SHOP_ID);
        assertNotEquals(grant.refreshToken(), refreshed.refreshToken());
        assertEquals(2, bed.fake.callsTo(FakeShopee.TOKEN_REFRESH).size());
    }

    @Test
    void an_unreachable_host_is_a_transport_exception() {
        String deadBase = bed.fake.baseUrl();
        bed.fake.close();
        var partner = new com.exzentcg.platform.connector.shopee.ShopeePartner(deadBase, 1, "k");

        assertThrows(ShopeeTransportException.class, () -> client.getLostPushMessages(partner));
    }
}
