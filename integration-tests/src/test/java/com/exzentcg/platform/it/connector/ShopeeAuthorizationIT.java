package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.ShopeeSigner;
import com.exzentcg.platform.connector.shopee.fake.FakeCall;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Shop authorization and token handling against the fake Shopee, through the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopeeAuthorizationIT {

    private static final String PROFILES = ShopeeFixture.PROFILES;
    private static final String RETURN_URL = "http://console.test/after-oauth";

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    @Test
    void authorizationLinkIsSignedForTheProfileAndCarriesItsCallback() {
        String id = shopee.createProfile("sandbox").getString("id");
        String url = shopee.authorizeUrl(id);
        assertTrue(url.startsWith(shopee.fake.baseUrl() + "/api/v2/shop/auth_partner?"), url);
        Map<String, String> q = ShopeeFixture.query(url);
        long timestamp = Long.parseLong(q.get("timestamp"));
        assertEquals(ShopeeSigner.publicSign(shopee.partnerKey, shopee.partnerId, "/api/v2/shop/auth_partner", timestamp),
                q.get("sign"));
        String redirect = q.get("redirect");
        assertTrue(redirect.startsWith(shopee.profile(id).getString("oauth_callback_url") + "&state="), redirect);
    }

    @Test
    void callbackExchangesTheCodeStoresTokensAndRedirectsConnected() {
        String id = shopee.createProfile("sandbox").getString("id");
        String location = shopee.connect(id);
        assertTrue(location.startsWith(RETURN_URL + "?"), location);
        Map<String, String> q = ShopeeFixture.query(location);
        assertEquals("sandbox", q.get("env"));
        assertEquals("connected", q.get("status"));
        JsonObject token = shopee.profile(id).getJsonObject("token");
        assertEquals("valid", token.getString("state"));
        assertTrue(!token.isNull("access_expires_at") && !token.isNull("refresh_expires_at"));
        List<FakeCall> exchanges = shopee.fake.callsTo(FakeShopee.TOKEN_GET);
        assertEquals(1, exchanges.size());
    }

    @Test
    void callbackWithoutCodeRedirectsWithMissingCode() {
        String id = shopee.createProfile("sandbox").getString("id");
        String redirect = ShopeeFixture.redirectOf(shopee.authorizeUrl(id));
        Http.Reply reply = http.get(redirect + "&shop_id=" + shopee.shopId);
        assertEquals(302, reply.status());
        assertReason(reply, "error", "missing_code");
    }

    @Test
    void unknownEnvironmentPathRedirectsWithBadEnvPath() {
        Http.Reply reply = http.get("/connectors/shopee/oauth/callback/staging?code=abc&shop_id=1");
        assertEquals(302, reply.status());
        assertReason(reply, "error", "bad_env_path");
    }

    @Test
    void tamperedOrForeignStateRedirectsWithBadState() {
        String id = shopee.createProfile("sandbox").getString("id");
        String redirect = ShopeeFixture.redirectOf(shopee.authorizeUrl(id));
        String code = shopee.fake.issueAuthCode(shopee.shopId);
        String tampered = redirect.substring(0, redirect.length() - 3) + (redirect.endsWith("AAA") ? "BBB" : "AAA");
        assertReason(shopee.returnFromShopee(tampered, code), "error", "bad_state");

        // A valid state for this profile does not authorize another one.
        String other = shopee.createProfile("sandbox").getString("id");
        String foreign = redirect.replace("profile_id=" + id, "profile_id=" + other);
        assertReason(shopee.returnFromShopee(foreign, code), "error", "bad_state");
        // Nor does a sandbox state on the live path.
        assertReason(shopee.returnFromShopee(redirect.replace("/callback/sandbox", "/callback/live"), code),
                "error", "bad_state");
        assertEquals("none", shopee.profile(id).getJsonObject("token").getString("state"));
    }

    @Test
    void refusedCodeRedirectsWithExchangeFailedAndRecordsIt() {
        String id = shopee.createProfile("sandbox").getString("id");
        String redirect = ShopeeFixture.redirectOf(shopee.authorizeUrl(id));
        String code = shopee.fake.issueAuthCode(shopee.shopId);
        assertReason(shopee.returnFromShopee(redirect, code), "connected", null);
        // Codes are single use: replaying the same browser redirect fails the exchange.
        assertReason(shopee.returnFromShopee(redirect, code), "error", "exchange_failed");
        JsonObject diagnostics = http.get(PROFILES + "/" + id + "/diagnostics").json();
        assertTrue(diagnostics.getString("last_error").contains("exchange failed"), diagnostics.toString());
        assertTrue(diagnostics.getInt("open_exceptions") >= 1);
    }

    @Test
    void legacyCallbackIsTheSandboxOne() {
        String id = shopee.createProfile("sandbox").getString("id");
        String redirect = ShopeeFixture.redirectOf(shopee.authorizeUrl(id)).replace("/callback/sandbox", "/callback");
        Http.Reply reply = shopee.returnFromShopee(redirect, shopee.fake.issueAuthCode(shopee.shopId));
        assertReason(reply, "connected", null);
        assertEquals("sandbox", ShopeeFixture.query(reply.header("Location")).get("env"));
    }

    @Test
    void concurrentRefreshesOfOneShopMakeExactlyOneUpstreamRefresh() throws Exception {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        int before = shopee.fake.refreshCalls();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                attempts.add(() -> http.post(PROFILES + "/" + id + "/refresh-token", "").json().getString("outcome"));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(attempts)) {
                outcomes.add(f.get());
            }
            assertEquals(1, shopee.fake.refreshCalls() - before, outcomes.toString());
            assertEquals(1, outcomes.stream().filter("refreshed"::equals).count(), outcomes.toString());
            assertTrue(outcomes.stream().allMatch(o -> o.equals("refreshed") || o.equals("already_refreshed")), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        // The rotated pair works, and the refresh token that was rotated away is never sent again.
        assertEquals(200, http.post(PROFILES + "/" + id + "/refresh-locations", "").status());
        // A rejected token forces one more refresh (not deduplicated by time), with the new refresh token.
        shopee.fake.revokeAccessTokens(shopee.shopId);
        assertEquals(200, http.post(PROFILES + "/" + id + "/refresh-locations", "").status());
        assertEquals(2, shopee.fake.refreshCalls() - before);
        List<String> sentRefreshTokens = shopee.fake.callsTo(FakeShopee.TOKEN_REFRESH).stream()
                .map(c -> Json.createReader(new java.io.StringReader(c.body())).readObject().getString("refresh_token"))
                .toList();
        assertEquals(sentRefreshTokens.size(), sentRefreshTokens.stream().distinct().count(), "a refresh token was reused");
        assertEquals("valid", shopee.profile(id).getJsonObject("token").getString("state"));
    }

    @Test
    void callWithAnExpiredTokenRefreshesOnceAndRetries() {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        shopee.fake.putWarehouse(shopee.shopId, 11, "Main", "SGZ");
        shopee.fake.revokeAccessTokens(shopee.shopId);
        int before = shopee.fake.refreshCalls();
        Http.Reply reply = http.post(PROFILES + "/" + id + "/refresh-locations", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, shopee.fake.refreshCalls() - before);
        assertEquals("SGZ", reply.json().getJsonArray("locations").getJsonObject(0).getString("location_id"));
        List<FakeCall> warehouseCalls = shopee.fake.callsTo(FakeShopee.WAREHOUSE_DETAIL);
        assertEquals(2, warehouseCalls.size(), "one rejected call, one retry");
        assertNotEquals(warehouseCalls.get(0).param("access_token"), warehouseCalls.get(1).param("access_token"));
    }

    @Test
    void anEditedKeyIsUsedByTheVeryNextOutboundCall() {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        String wrongKey = ShopeeFixture.newKey();
        assertEquals(200, http.patch(PROFILES + "/" + id, Json.createObjectBuilder().add("partner_key", wrongKey).build()).status());
        Http.Reply refused = http.post(PROFILES + "/" + id + "/refresh-locations", "");
        assertEquals(503, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("error_sign"), refused.body());
        assertTrue(!refused.body().contains(wrongKey));

        assertEquals(200, http.patch(PROFILES + "/" + id, Json.createObjectBuilder().add("partner_key", shopee.partnerKey).build()).status());
        Http.Reply accepted = http.post(PROFILES + "/" + id + "/refresh-locations", "");
        assertEquals(200, accepted.status(), accepted.body());
    }

    @Test
    void defaultLocationIsAWarehouseOfTheProfileOrAStockLocation() {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        shopee.fake.putWarehouse(shopee.shopId, 21, "North", "SGN");
        assertEquals(200, http.post(PROFILES + "/" + id + "/refresh-locations", "").status());
        assertEquals(1, http.get(PROFILES + "/" + id + "/locations").json().getInt("count"));
        assertEquals("SGN", http.patch(PROFILES + "/" + id, "{\"default_location_id\": \"SGN\"}").json()
                .getString("default_location_id"));
        Http.Reply unknown = http.patch(PROFILES + "/" + id, "{\"default_location_id\": \"NOWHERE\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("default_location_id", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void failedRefreshMarksTheProfileForReconnection() {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        shopee.fake.failNext(FakeShopee.TOKEN_REFRESH, "error_param", "Invalid refresh_token.");
        Http.Reply reply = http.post(PROFILES + "/" + id + "/refresh-token", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("failed", reply.json().getString("outcome"));
        assertEquals("needs_reconnect", shopee.profile(id).getJsonObject("token").getString("state"));
        JsonObject diagnostics = http.get(PROFILES + "/" + id + "/diagnostics").json();
        assertTrue(diagnostics.getString("last_refresh_outcome").startsWith("failed"), diagnostics.toString());
        assertTrue(diagnostics.getInt("open_exceptions") >= 1);
        // Re-authorizing clears it.
        shopee.connect(id);
        assertEquals("valid", shopee.profile(id).getJsonObject("token").getString("state"));
    }

    private static void assertReason(Http.Reply reply, String status, String reason) {
        assertEquals(302, reply.status(), reply.body());
        Map<String, String> q = ShopeeFixture.query(reply.header("Location"));
        assertEquals(status, q.get("status"), reply.header("Location"));
        assertEquals(reason, q.get("reason"), reply.header("Location"));
    }
}
