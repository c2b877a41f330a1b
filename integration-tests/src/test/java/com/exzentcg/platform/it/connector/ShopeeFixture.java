package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A fake Shopee with one partner app and shop registered, plus helpers that drive the platform's
 * profile and OAuth API against it the way an operator and Shopee would.
 */
final class ShopeeFixture implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(2_000_000 + (System.nanoTime() % 1_000_000));
    static final String PROFILES = "/admin/connectors/shopee/profiles";

    final FakeShopee fake = FakeShopee.start();
    final Http http = Http.admin();
    final long partnerId = IDS.incrementAndGet();
    final long shopId = IDS.incrementAndGet();
    final String partnerKey = newKey();
    final String pushKey = newKey();

    ShopeeFixture() {
        fake.registerPartner(partnerId, partnerKey).registerShop(partnerId, shopId);
    }

    static String newKey() {
        byte[] raw = new byte[30];
        new SecureRandom().nextBytes(raw);
        return "shpk" + HexFormat.of().formatHex(raw);
    }

    /** A complete sandbox profile pointing at the fake (not activated). */
    JsonObject createProfile(String environment) {
        Http.Reply reply = http.post(PROFILES, Json.createObjectBuilder()
                .add("name", "Test shop " + shopId).add("environment", environment).add("region", "SG")
                .add("partner_id", partnerId).add("partner_key", partnerKey).add("push_partner_key", pushKey)
                .add("shop_id", shopId).add("api_base_url", fake.baseUrl()).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** The signed authorization link the platform hands an operator. */
    String authorizeUrl(String profileId) {
        Http.Reply reply = http.post(PROFILES + "/" + profileId + "/authorize", "");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("url");
    }

    /** The redirect URL inside an authorization link, as Shopee would send the browser back to it. */
    static String redirectOf(String authorizeUrl) {
        return query(authorizeUrl).get("redirect");
    }

    /** Shopee appends the code and shop to the redirect; the platform answers 302. */
    Http.Reply returnFromShopee(String redirect, String code) {
        return http.get(redirect + "&code=" + code + "&shop_id=" + shopId);
    }

    /** Authorizes the profile's shop end to end; returns the callback's Location. */
    String connect(String profileId) {
        Http.Reply reply = returnFromShopee(redirectOf(authorizeUrl(profileId)), fake.issueAuthCode(shopId));
        assertEquals(302, reply.status(), reply.body());
        return reply.header("Location");
    }

    JsonObject profile(String profileId) {
        return http.get(PROFILES + "/" + profileId).json();
    }

    static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b));
    }

    @Override
    public void close() {
        fake.close();
    }
}
