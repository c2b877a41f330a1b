package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.TestDatabase;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SPEC 18/19 from the outside: a local receiver stands in for the n8n webhook (the server's
 * SHOPEE_ALERT_WEBHOOK_URL points at it), pushes are signed and sent the way Shopee sends them.
 * Other test classes raise exceptions too, so every assertion is scoped to this test's profiles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConnectorAlertsIT {

    private static final int PORT = Integer.getInteger("it.alert.port", 18090);
    private static final HttpClient RAW = HttpClient.newHttpClient();

    /** Every POST the receiver got, parsed, in arrival order (including those it answered 500). */
    private static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();
    /** Alerts matching this are answered 500 while their counter lasts. */
    private static volatile Predicate<JsonObject> failing = a -> false;
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    private static HttpServer receiver;

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        receiver.createContext("/alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject alert = Json.createReader(new StringReader(body)).readObject();
            RECEIVED.add(alert);
            boolean fail = failing.test(alert) && FAILURES_LEFT.getAndDecrement() > 0;
            exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void sandboxIsTheActiveEnvironment() {
        JsonObject profile = shopee.createProfile("sandbox");
        assertEquals(200, http.post(ShopeeFixture.PROFILES + "/" + profile.getString("id") + "/activate", "").status());
        assertEquals(200, http.put("/admin/connectors/shopee/active-environment", "{\"environment\": \"sandbox\"}").status());
        // Alerts other test classes left behind must not land in this test's pass.
        Await.untilTrue("the outbox to drain", Duration.ofSeconds(60), () -> count("SELECT count(*) FROM connector_alert WHERE status = 'pending'") == 0);
    }

    @AfterEach
    void closeFake() {
        failing = a -> false;
        shopee.close();
    }

    @Test
    void aNewExceptionIsPostedOnceWithTheContractFieldsAndNoSecret() throws Exception {
        JsonObject profile = shopee.createProfile("sandbox");
        String profileId = profile.getString("id");
        badPush(profile);
        String exceptionId = openException("SIGNATURE_INVALID", profileId);

        List<JsonObject> posts = awaitPosts(a -> exceptionId.equals(a.getString("exception_id", null)), 1);
        badPush(profile); // the same open problem again: counted, not announced again
        Await.untilTrue("the second push to be counted on " + exceptionId, Duration.ofSeconds(30),
                () -> http.get("/admin/exceptions/" + exceptionId).json().getInt("occurrences") == 2);
        // The outbox row is written in the transaction that records an occurrence, so once the count is 2
        // any alert for the repeat would be in the outbox by now: there is still exactly one, and it is settled.
        Await.untilTrue("the alert for " + exceptionId + " to be settled", Duration.ofSeconds(30), () -> count(
                "SELECT count(*) FROM connector_alert WHERE exception_id = ? AND status <> 'pending'", exceptionId) == 1);
        assertEquals(1, count("SELECT count(*) FROM connector_alert WHERE exception_id = ?", exceptionId));
        posts = postsWhere(a -> exceptionId.equals(a.getString("exception_id", null)));
        assertEquals(1, posts.size(), "exactly one POST: " + posts);

        JsonObject alert = posts.get(0);
        assertEquals(Set.of("alert_id", "kind", "type", "environment", "profile_id", "exception_id", "message",
                "occurred_at", "platform"), alert.keySet());
        assertEquals("exception", alert.getString("kind"));
        assertEquals("SIGNATURE_INVALID", alert.getString("type"));
        assertEquals("sandbox", alert.getString("environment"));
        assertEquals(profileId, alert.getString("profile_id"));
        assertTrue(alert.getString("message").contains("did not verify"), alert.toString());
        assertNotNull(java.time.Instant.parse(alert.getString("occurred_at")));
        assertEquals(Http.BASE.replace("127.0.0.1", "localhost"), alert.getString("platform"));
        String raw = alert.toString();
        for (String secret : List.of(shopee.partnerKey, shopee.pushKey)) {
            assertFalse(raw.contains(secret), "no secret in the alert");
        }
        assertFalse(raw.contains("partner_key") || raw.contains("token"), raw);
    }

    @Test
    void aReceiverThatFailsTwiceStillGetsTheAlert() throws Exception {
        JsonObject profile = shopee.createProfile("sandbox");
        String profileId = profile.getString("id");
        FAILURES_LEFT.set(2);
        failing = a -> profileId.equals(a.getString("profile_id", null));
        badPush(profile);

        List<JsonObject> posts = awaitPosts(a -> profileId.equals(a.getString("profile_id", null)), 3);
        assertEquals(3, posts.size(), "two failures, then the delivery: " + posts);
        assertEquals(1, posts.stream().map(a -> a.getString("alert_id")).distinct().count(), "the same alert retried");
        Await.untilTrue("the alert to be marked sent", Duration.ofSeconds(10), () -> count(
                "SELECT count(*) FROM connector_alert WHERE profile_id = ? AND status = 'sent' AND attempts = 3", profileId) == 1);
    }

    @Test
    void aStormOfFiftyExceptionsIsSummarisedNotPostedFiftyTimes() throws Exception {
        List<JsonObject> profiles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            profiles.add(shopee.createProfile("sandbox"));
        }
        Set<String> ids = ConcurrentHashMap.newKeySet();
        profiles.forEach(p -> ids.add(p.getString("id")));
        CompletableFuture.allOf(profiles.stream().map(p -> {
            byte[] body = orderPush().getBytes();
            String wrong = FakeShopee.pushSignature(ShopeeFixture.newKey(), p.getString("webhook_url"), body);
            return RAW.sendAsync(request(p.getString("webhook_url"), wrong, body), HttpResponse.BodyHandlers.discarding());
        }).toArray(CompletableFuture[]::new)).get();

        String inList = "'" + String.join("','", ids) + "'";
        Await.untilTrue("50 alerts written and settled", Duration.ofSeconds(60), () -> count("SELECT count(*) FROM connector_alert WHERE profile_id IN ("
                + inList + ") AND status <> 'pending'") == 50);
        long folded = count("SELECT count(*) FROM connector_alert WHERE profile_id IN (" + inList
                + ") AND status = 'suppressed' AND summary_id IS NOT NULL");
        long individually = count("SELECT count(*) FROM connector_alert WHERE profile_id IN (" + inList + ") AND status = 'sent'");
        assertEquals(50, folded + individually, "every alert is either sent or stands in a summary");
        assertTrue(individually <= 10, individually + " individual posts");

        List<String> summaryIds = strings("SELECT DISTINCT summary_id FROM connector_alert WHERE profile_id IN (" + inList
                + ") AND summary_id IS NOT NULL");
        assertFalse(summaryIds.isEmpty());
        List<JsonObject> summaries = awaitPosts(a -> summaryIds.contains(a.getString("alert_id")), summaryIds.size());
        int counted = 0;
        for (JsonObject summary : summaries) {
            assertEquals("summary", summary.getString("kind"));
            assertTrue(summary.getJsonObject("by_type").getInt("SIGNATURE_INVALID") >= 1, summary.toString());
            assertNotNull(summary.getString("first_at"));
            assertNotNull(summary.getString("last_at"));
            counted += summary.getInt("count");
        }
        assertTrue(counted >= folded, "the summaries count at least the folded alerts");
        assertEquals(individually, postsWhere(a -> ids.contains(a.getString("profile_id", ""))).size(),
                "nothing but the summaries and the few individual alerts was posted");
    }

    @Test
    void diagnosticsShowPushCountsSignatureFailuresAndTheSuccessRate() throws Exception {
        JsonObject quiet = shopee.createProfile("sandbox");
        JsonObject none = http.get(ShopeeFixture.PROFILES + "/" + quiet.getString("id") + "/diagnostics").json();
        assertEquals(JsonValue.NULL, none.get("last_webhook_at"));
        assertEquals(0, none.getInt("pushes_received_24h"));
        assertEquals(0, none.getInt("signature_failures_24h"));
        assertEquals(JsonValue.NULL, none.get("push_success_rate_24h"), "no pushes: no rate, not 0");

        JsonObject profile = shopee.createProfile("sandbox");
        for (int i = 0; i < 3; i++) {
            goodPush(profile);
        }
        badPush(profile);
        badPush(profile);
        JsonObject diagnostics = http.get(ShopeeFixture.PROFILES + "/" + profile.getString("id") + "/diagnostics").json();
        assertEquals(5, diagnostics.getInt("pushes_received_24h"), diagnostics.toString());
        assertEquals(2, diagnostics.getInt("signature_failures_24h"));
        assertEquals(0.6, diagnostics.getJsonNumber("push_success_rate_24h").doubleValue(), 1e-9);
        assertNotNull(java.time.OffsetDateTime.parse(diagnostics.getString("last_webhook_at")));
    }

    @Test
    void aFallingPushSuccessRateRaisesAnExceptionThatAlerts() throws Exception {
        JsonObject profile = shopee.createProfile("sandbox");
        String profileId = profile.getString("id");
        assertEquals(200, http.post(ShopeeFixture.PROFILES + "/" + profileId + "/activate", "").status());
        for (int i = 0; i < 20; i++) {
            badPush(profile);
        }
        String exceptionId = openException("PUSH_SUCCESS_RATE_LOW", profileId);
        JsonObject alert = awaitPosts(a -> exceptionId.equals(a.getString("exception_id", null)), 1).get(0);
        assertEquals("PUSH_SUCCESS_RATE_LOW", alert.getString("type"));
        assertTrue(alert.getString("message").contains("0 of 20"), alert.toString());
    }

    // --- helpers

    private static String orderPush() {
        String sn = "SN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return FakeShopee.orderStatusPush(727720655L, sn, "READY_TO_SHIP", 1660123127L);
    }

    private static HttpRequest request(String url, String authorization, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private void badPush(JsonObject profile) throws Exception {
        String url = profile.getString("webhook_url");
        byte[] body = orderPush().getBytes();
        var reply = RAW.send(request(url, FakeShopee.pushSignature(ShopeeFixture.newKey(), url, body), body),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
    }

    private void goodPush(JsonObject profile) throws Exception {
        String url = profile.getString("webhook_url");
        byte[] body = orderPush().getBytes();
        var reply = RAW.send(request(url, FakeShopee.pushSignature(shopee.pushKey, url, body), body),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
    }

    private String openException(String type, String profileId) {
        String[] id = new String[1];
        Await.untilTrue("an open " + type + " for " + profileId, Duration.ofSeconds(30), () -> {
            var found = http.get("/admin/exceptions?status=open&type=" + type + "&limit=500").json().getJsonArray("exceptions")
                    .getValuesAs(JsonObject.class).stream().filter(e -> profileId.equals(e.getString("profile_id", null)))
                    .findFirst();
            found.ifPresent(e -> id[0] = e.getString("id"));
            return found.isPresent();
        });
        return id[0];
    }

    private static List<JsonObject> postsWhere(Predicate<JsonObject> which) {
        return RECEIVED.stream().filter(which).toList();
    }

    private static List<JsonObject> awaitPosts(Predicate<JsonObject> which, int atLeast) {
        try {
            Await.untilTrue(atLeast + " alert post(s)", Duration.ofSeconds(30), () -> postsWhere(which).size() >= atLeast);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; received " + RECEIVED.size() + " posts: " + RECEIVED, e);
        }
        return postsWhere(which);
    }

    private static long count(String sql, String... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
