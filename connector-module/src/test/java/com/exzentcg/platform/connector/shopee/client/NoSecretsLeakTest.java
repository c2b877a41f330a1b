package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.PARTNER_ID;
import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.PARTNER_KEY;
import static com.exzentcg.platform.connector.shopee.client.ShopeeTestbed.SHOP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Keys, tokens and signs must never reach an exception message, a log line or a toString. */
class NoSecretsLeakTest {

    private final ShopeeTestbed bed = new ShopeeTestbed();
    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(ShopeeHttpClient.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        logger.setLevel(previousLevel);
        bed.close();
    }

    @Test
    void no_failure_path_reveals_a_secret() {
        ShopeeClient client = bed.client();
        TokenGrant grant = client.getAccessToken(bed.partner, bed.fake.issueAuthCode(SHOP_ID), SHOP_ID);
        ShopeeShop shop = bed.partner.shop(SHOP_ID, grant.accessToken());
        List<String> secrets = new ArrayList<>(List.of(PARTNER_KEY, grant.accessToken(), grant.refreshToken()));
        List<Throwable> failures = new ArrayList<>();

        // Shopee echoing a secret in its message must not carry it through
        bed.fake.failNext(FakeShopee.WAREHOUSE_DETAIL, "error_auth",
                "Invalid access_token " + grant.accessToken() + " for key " + PARTNER_KEY);
        failures.add(thrown(() -> client.getWarehouseDetail(shop)));
        // retried errors are logged on the way
        bed.fake.failNext(FakeShopee.WAREHOUSE_DETAIL, "error_system_busy", "busy", 3);
        failures.add(thrown(() -> client.getWarehouseDetail(shop)));
        bed.fake.httpStatusNext(FakeShopee.WAREHOUSE_DETAIL, 500, 3);
        failures.add(thrown(() -> client.getWarehouseDetail(shop)));
        // wrong key
        ShopeeShop wrongKey = new ShopeeShop(shop.baseUrl(), PARTNER_ID, "x" + PARTNER_KEY, SHOP_ID, grant.accessToken());
        secrets.add("x" + PARTNER_KEY);
        failures.add(thrown(() -> client.getWarehouseDetail(wrongKey)));
        // refresh token reused after rotation
        client.refreshAccessToken(bed.partner, grant.refreshToken(), SHOP_ID);
        failures.add(thrown(() -> client.refreshAccessToken(bed.partner, grant.refreshToken(), SHOP_ID)));
        // expired token
        bed.clock.advance(Duration.ofHours(5));
        failures.add(thrown(() -> client.getWarehouseDetail(shop)));
        bed.clock.set(bed.clock.instant().minus(Duration.ofHours(5)));
        // timeout
        bed.fake.stall(FakeShopee.LOST_PUSH, Duration.ofSeconds(2));
        ShopeeClient impatient = bed.client(new ShopeeSettings(Duration.ofSeconds(1), Duration.ofMillis(100), 2,
                Duration.ofMillis(1)), bed.clock);
        failures.add(thrown(() -> impatient.getLostPushMessages(bed.partner)));
        // skewed clock
        ShopeeClient skewed = bed.client(ShopeeTestbed.fastSettings(), Clock.offset(bed.clock, Duration.ofHours(-1)));
        failures.add(thrown(() -> skewed.getWarehouseDetail(shop)));

        assertEquals(8, failures.size());
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertClean(t.toString(), secrets);
            }
        }
        assertFalse(logged.isEmpty(), "retries were logged");
        logged.forEach(line -> assertClean(line, secrets));
    }

    @Test
    void targets_and_grants_print_without_secrets() {
        ShopeeShop shop = bed.partner.shop(SHOP_ID, "accesstoken123");
        TokenGrant grant = new TokenGrant("accesstoken123", "refreshtoken456", 14400, "r");
        for (Object value : List.of(bed.partner, shop, grant)) {
            assertClean(value.toString(), List.of(PARTNER_KEY, "accesstoken123", "refreshtoken456"));
        }
    }

    @Test
    void loggable_urls_mask_sign_and_tokens() {
        String logged = Secrets.loggable(URI.create("https://partner.shopeemobile.com/api/v2/order/get_order_list"
                + "?partner_id=1&timestamp=2&sign=abcdef&access_token=tok&shop_id=3&cursor="));
        assertEquals("https://partner.shopeemobile.com/api/v2/order/get_order_list"
                + "?partner_id=1&timestamp=2&sign=***&access_token=***&shop_id=3&cursor=", logged);
    }

    @Test
    void scrub_replaces_every_secret() {
        Secrets secrets = Secrets.of("key1", null, "", "tok2").and(List.of("ref3"));
        assertEquals("a *** b *** c *** d", secrets.scrub("a key1 b tok2 c ref3 d"));
    }

    private static Throwable thrown(Executable call) {
        return assertThrows(RuntimeException.class, call);
    }

    private static void assertClean(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> "secret leaked into: " + text);
        }
    }
}
