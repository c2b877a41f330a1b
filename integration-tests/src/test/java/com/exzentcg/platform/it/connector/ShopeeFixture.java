package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * profile and OAuth API against it the way an operator and Shopee would. Public for the console's
 * browser tests, which seed Shopee orders and exceptions through real pushes.
 */
public final class ShopeeFixture implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(2_000_000 + (System.nanoTime() % 1_000_000));
    static final String PROFILES = "/admin/connectors/shopee/profiles";

    public final FakeShopee fake = FakeShopee.start();
    public final Http http = Http.admin();
    public final long partnerId = IDS.incrementAndGet();
    public final long shopId = IDS.incrementAndGet();
    public final String partnerKey = newKey();
    public final String pushKey = newKey();

    public ShopeeFixture() {
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

    /** A connected, active sandbox shop (the platform's environment) whose orders reserve at its own location. */
    public record ActiveShop(String profileId, String webhookUrl, String locationId) {
    }

    public ActiveShop activeSandboxShop() {
        JsonObject profile = createProfile("sandbox");
        String profileId = profile.getString("id");
        connect(profileId);
        String locationId = http.post("/admin/stock-locations", Json.createObjectBuilder().add("code", "SHP-" + unique(6))
                .add("name", "Shopee shelf").add("type", "warehouse").build()).json().getString("id");
        assertEquals(200, http.patch(PROFILES + "/" + profileId, "{\"default_location_id\": \"" + locationId + "\"}").status());
        assertEquals(200, http.post(PROFILES + "/" + profileId + "/activate", "").status());
        assertEquals(200, http.put("/admin/connectors/shopee/active-environment", "{\"environment\": \"sandbox\"}").status());
        return new ActiveShop(profileId, profile.getString("webhook_url"), locationId);
    }

    /** A new single-variant card product; {@code stock} units are counted in at the location. */
    public String seedVariant(String locationId, String game, int stock) {
        String sku = game.substring(0, 3).toUpperCase() + "-" + unique(8);
        Http.Reply product = http.post("/admin/products", Json.createObjectBuilder()
                .add("title", "Card " + sku).add("status", "active")
                .add("variants", Json.createArrayBuilder().add(card(sku, game, 1250))).build());
        assertEquals(201, product.status(), product.body());
        if (stock > 0) {
            adjust(sku, locationId, stock);
        }
        return sku;
    }

    public static JsonObjectBuilder card(String sku, String game, long price) {
        return Json.createObjectBuilder().add("sku", sku).add("game", game).add("condition", "NM")
                .add("language", "EN").add("finish", "normal")
                .add("price", Json.createObjectBuilder().add("amount", price).add("currency_code", "SGD"));
    }

    public void adjust(String sku, String locationId, int delta) {
        Http.Reply adjusted = http.post("/admin/inventory/adjustments", Json.createObjectBuilder().add("sku", sku)
                .add("location_id", locationId).add("delta", delta).add("reason", "count").build());
        assertEquals(true, adjusted.status() < 300, adjusted.body());
    }

    public static String unique(int length) {
        return java.util.UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase();
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
