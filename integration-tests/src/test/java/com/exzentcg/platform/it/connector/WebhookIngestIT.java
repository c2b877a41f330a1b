package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every ingest behaviour of SPEC 13, with pushes signed and sent the way Shopee sends them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIngestIT {

    private static final String EVENTS = "/admin/connectors/shopee/events";
    private static final HttpClient RAW = HttpClient.newHttpClient();

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;
    private String profileId;
    private String webhookUrl;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeEach
    void activeSandboxProfile() {
        JsonObject profile = shopee.createProfile("sandbox");
        profileId = profile.getString("id");
        webhookUrl = profile.getString("webhook_url");
        assertEquals(200, http.post(ShopeeFixture.PROFILES + "/" + profileId + "/activate", "").status());
        assertEquals(200, http.put("/admin/connectors/shopee/active-environment", "{\"environment\": \"sandbox\"}").status());
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    private static String orderPush(String orderSn) {
        return FakeShopee.orderStatusPush(727720655L, orderSn, "READY_TO_SHIP", 1660123127L);
    }

    private static String uniqueOrder() {
        return "SN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private List<JsonObject> eventsOf(String orderSn) {
        return http.get(EVENTS + "?limit=500").json().getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> orderSn.equals(e.getString("order_sn", null))).toList();
    }

    private List<JsonObject> openExceptions(String type) {
        return http.get("/admin/exceptions?status=open&type=" + type + "&limit=500").json().getJsonArray("exceptions")
                .getValuesAs(JsonObject.class).stream().filter(e -> profileId.equals(e.getString("profile_id", null))).toList();
    }

    private static HttpResponse<String> post(String url, String authorization, byte[] body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return RAW.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signedPushIsStoredAndAnsweredWithAnEmpty200() throws Exception {
        String sn = uniqueOrder();
        String body = orderPush(sn);
        HttpResponse<String> reply = post(webhookUrl, FakeShopee.pushSignature(shopee.pushKey, webhookUrl, body.getBytes()),
                body.getBytes());
        assertEquals(200, reply.statusCode());
        assertEquals("", reply.body());
        List<JsonObject> stored = eventsOf(sn);
        assertEquals(1, stored.size());
        JsonObject event = stored.get(0);
        assertTrue(event.getBoolean("signature_ok"));
        assertEquals(3, event.getInt("push_code"));
        assertEquals(profileId, event.getString("profile_id"));
        assertEquals(body, event.getString("body"), "stored exactly as received");
    }

    @Test
    void badSignatureIsAcknowledgedStoredAsFailedAndRaisesAnException() throws Exception {
        String sn = uniqueOrder();
        byte[] body = orderPush(sn).getBytes();
        String wrong = FakeShopee.pushSignature(ShopeeFixture.newKey(), webhookUrl, body);
        assertEquals(200, post(webhookUrl, wrong, body).statusCode());
        JsonObject event = eventsOf(sn).get(0);
        assertFalse(event.getBoolean("signature_ok"));
        assertEquals("rejected", event.getString("status"));
        assertEquals(1, openExceptions("SIGNATURE_INVALID").size());
        // Signing the path without the query the profile URL carries does not verify either.
        String sn2 = uniqueOrder();
        byte[] body2 = orderPush(sn2).getBytes();
        String noQuery = FakeShopee.pushSignature(shopee.pushKey, webhookUrl.substring(0, webhookUrl.indexOf('?')), body2);
        post(webhookUrl, noQuery, body2);
        assertFalse(eventsOf(sn2).get(0).getBoolean("signature_ok"));
    }

    @Test
    void pushToTheInactiveEnvironmentIsAcknowledgedAndNothingIsStored() throws Exception {
        String sn = uniqueOrder();
        String liveUrl = Http.BASE.replace("127.0.0.1", "localhost") + "/connectors/shopee/webhook/live";
        byte[] body = orderPush(sn).getBytes();
        assertEquals(200, post(liveUrl, FakeShopee.pushSignature(shopee.pushKey, liveUrl, body), body).statusCode());
        assertEquals(0, eventsOf(sn).size());
    }

    @Test
    void verificationProbeIsAnswered200EvenUnsigned() throws Exception {
        byte[] probe = "{\"code\":0,\"data\":{\"verify_info\":\"This is a Verification message.Please respond in the certain format.\"}}"
                .getBytes();
        HttpResponse<String> reply = post(webhookUrl, null, probe);
        assertEquals(200, reply.statusCode());
        assertEquals(0, openExceptions("SIGNATURE_INVALID").size());
    }

    @Test
    void malformedBodyIsAcknowledgedStoredAndRaisesAnException() throws Exception {
        byte[] body = ("{\"code\": \"three\", \"oops\": " + UUID.randomUUID() + "}").getBytes();
        assertEquals(200, post(webhookUrl, FakeShopee.pushSignature(shopee.pushKey, webhookUrl, body), body).statusCode());
        assertEquals(1, openExceptions("MALFORMED_PUSH").size());
    }

    @Test
    void unknownEnvironmentPathIs404AndOversizedBodyIs413() throws Exception {
        byte[] body = orderPush(uniqueOrder()).getBytes();
        assertEquals(404, post(Http.BASE + "/connectors/shopee/webhook/staging", "x", body).statusCode());
        assertEquals(404, post(Http.BASE + "/connectors/shopee/webhook?env=staging", "x", body).statusCode());
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertEquals(413, post(webhookUrl, "x", huge).statusCode());
    }

    @Test
    void aPushDeliveredThreeTimesIsStoredOnce() throws Exception {
        String sn = uniqueOrder();
        byte[] body = orderPush(sn).getBytes();
        String signature = FakeShopee.pushSignature(shopee.pushKey, webhookUrl, body);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, post(webhookUrl, signature, body).statusCode());
        }
        List<JsonObject> stored = eventsOf(sn);
        assertEquals(1, stored.size());
        assertEquals(3, stored.get(0).getInt("deliveries"));
    }

    @Test
    void pathRoutedAndLegacyUrlsVerifyWithTheActiveProfile() throws Exception {
        String base = webhookUrl.substring(0, webhookUrl.indexOf("/connectors/"));
        for (String url : List.of(base + "/connectors/shopee/webhook/sandbox", base + "/connectors/shopee/webhook")) {
            String sn = uniqueOrder();
            byte[] body = orderPush(sn).getBytes();
            assertEquals(200, shopee.fake.sendPush(url, shopee.pushKey, new String(body)));
            JsonObject event = eventsOf(sn).get(0);
            assertTrue(event.getBoolean("signature_ok"), url);
            assertEquals(profileId, event.getString("profile_id"));
        }
    }

    @Test
    void aRejectedPushCanBeReprocessedOnceThePushKeyIsFixed() throws Exception {
        String sn = uniqueOrder();
        shopee.connect(profileId);
        // Shopee knows the order (still unpaid, so processing it reserves nothing).
        shopee.fake.putOrder(com.exzentcg.platform.connector.shopee.fake.FakeOrder.of(shopee.shopId, sn, "UNPAID",
                java.time.Instant.now().getEpochSecond()));
        byte[] body = orderPush(sn).getBytes();
        String newKey = ShopeeFixture.newKey();
        assertEquals(200, post(webhookUrl, FakeShopee.pushSignature(newKey, webhookUrl, body), body).statusCode());
        String eventId = eventsOf(sn).get(0).getString("id");
        assertEquals(409, http.post(EVENTS + "/" + eventId + "/reprocess", "").status(), "still the old key");
        assertEquals(200, http.patch(ShopeeFixture.PROFILES + "/" + profileId, "{\"push_partner_key\": \"" + newKey + "\"}").status());
        Http.Reply reprocessed = http.post(EVENTS + "/" + eventId + "/reprocess", "");
        assertEquals(200, reprocessed.status(), reprocessed.body());
        assertTrue(reprocessed.json().getBoolean("signature_ok"));
        assertTrue(reprocessed.json().getBoolean("processed"), reprocessed.body());
        assertEquals("done", reprocessed.json().getString("status"), reprocessed.body());
    }

    @Test
    void databaseUnavailableAnswers503SoShopeeDeliversAgain() throws Exception {
        String sn = uniqueOrder();
        byte[] body = orderPush(sn).getBytes();
        String signature = FakeShopee.pushSignature(shopee.pushKey, webhookUrl, body);
        try (Connection admin = DriverManager.getConnection(System.getProperty("it.db.admin.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + TestDatabase.name() + " ALLOW_CONNECTIONS false");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + TestDatabase.name() + "'");
            try {
                HttpResponse<String> reply = post(webhookUrl, signature, body);
                assertEquals(503, reply.statusCode(), reply.body());
            } finally {
                s.execute("ALTER DATABASE " + TestDatabase.name() + " ALLOW_CONNECTIONS true");
            }
        }
        // Shopee's retry after the outage is stored normally.
        // Await pauses between attempts: the pool needs a moment to reconnect once connections are allowed again.
        int[] last = new int[1];
        try {
            Await.untilTrue("the retried push to be stored", Duration.ofSeconds(20), Duration.ofMillis(250), () -> {
                try {
                    last[0] = post(webhookUrl, signature, body).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return last[0] == 200;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last status " + last[0], e);
        }
        assertEquals(200, last[0]);
        assertEquals(1, eventsOf(sn).size());
    }
}
