package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What ops look at, on the application port: the OpenAPI document, Prometheus metrics (WildFly's
 * proxied from the management port, the application's own), request ids in responses and in
 * server.log, and readiness that reports the Shopee connector without failing on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservabilityIT {

    private static final String PROFILES = "/admin/connectors/shopee/profiles";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void openApiIsPublicAndListsTheAdminApiAndTheWebhook() {
        Http.Reply reply = new Http().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply.body());
        JsonObject paths = reply.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/admin/orders"), paths.keySet().toString());
        assertTrue(paths.containsKey("/admin/connectors/shopee/profiles"), paths.keySet().toString());
        assertTrue(paths.containsKey("/connectors/shopee/webhook"), paths.keySet().toString());
        assertEquals("TCG Commerce Operations Platform API", reply.json().getJsonObject("info").getString("title"));
    }

    @Test
    void serverMetricsAreProxiedFromTheManagementPort() {
        Http.Reply reply = new Http().send("GET", "/metrics", null, null);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("base_memory_usedHeap_bytes"), head(reply.body()));
        assertTrue(reply.body().contains("wildfly_datasources_pool_in_use_count{data_source=\"TcgDS\"}"), head(reply.body()));
        // Request counts and processing time per servlet: the HTTP latency figures.
        assertTrue(reply.body().contains("wildfly_undertow_request_count_total{"), head(reply.body()));
        assertTrue(reply.body().contains("wildfly_undertow_processing_time_total_seconds{"), head(reply.body()));
    }

    @Test
    void applicationMetricsCountWhatOpsAlertOn() throws Exception {
        String type = "IT_METRICS_PROBE";
        String id = "exc_it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = TestDatabase.connect();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO connector_exception (id, type, status, environment, message, created_at, updated_at)
                     VALUES (?, ?, 'open', 'sandbox', 'metrics probe', now(), now())""")) {
            insert.setString(1, id);
            insert.setString(2, type);
            insert.executeUpdate();
        }
        try {
            Http.Reply reply = new Http().send("GET", "/app-metrics", null, null);
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply.header("Content-Type"));
            String body = reply.body();
            for (String family : List.of("tcg_shopee_webhooks_received_total", "tcg_shopee_webhooks_verified_total",
                    "tcg_shopee_webhooks_failed_total", "tcg_shopee_event_processing_lag_seconds", "tcg_shopee_events_due",
                    "tcg_connector_exceptions_open", "tcg_connector_alerts", "tcg_shopee_stock_pushes",
                    "tcg_shopee_token_expiry_seconds")) {
                assertTrue(body.contains("# TYPE " + family + " "), family + " missing in\n" + body);
            }
            assertTrue(body.contains("tcg_connector_exceptions_open{type=\"" + type + "\",environment=\"sandbox\"} 1\n"), body);
            String lag = body.lines().filter(l -> l.startsWith("tcg_shopee_event_processing_lag_seconds ")).findFirst().orElseThrow();
            assertTrue(Double.parseDouble(lag.substring(lag.indexOf(' ') + 1)) >= 0, lag);
        } finally {
            try (Connection c = TestDatabase.connect();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM connector_exception WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndASaneIncomingOneIsKept() {
        Http.Reply generated = new Http().get("/admin/auth/me");
        assertEquals(401, generated.status());
        assertTrue(generated.header("X-Request-Id").matches("[0-9a-f-]{36}"), generated.header("X-Request-Id"));
        assertNotEquals(generated.header("X-Request-Id"), new Http().get("/admin/auth/me").header("X-Request-Id"));

        Http.Reply kept = Http.admin().withHeader("X-Request-Id", "edge-4f2a.77:1").get("/admin/auth/me");
        assertEquals(200, kept.status(), kept.body());
        assertEquals("edge-4f2a.77:1", kept.header("X-Request-Id"));

        Http.Reply replaced = new Http().withHeader("X-Request-Id", "x\" injected=1").get("/admin/auth/me");
        assertTrue(replaced.header("X-Request-Id").matches("[0-9a-f-]{36}"), replaced.header("X-Request-Id"));
    }

    @Test
    void theRequestIdIsOnTheServerLogLinesOfItsRequest() throws Exception {
        String requestId = "it-log-" + UUID.randomUUID();
        Http.Reply reply = Http.admin().withHeader("X-Request-Id", requestId).post("/admin/connectors/shopee/key-rotation", "");
        assertEquals(200, reply.status(), reply.body());
        Path log = Path.of(System.getProperty("server.base.dir"), "log", "server.log");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("[" + requestId + "]")).collect(Collectors.toList());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Key rotation to")), "no line of the request in " + log + ": " + lines);
    }

    @Test
    void readinessReportsTheActiveProfilesTokenStateAndStaysUpWhenItNeedsReconnecting() throws Exception {
        String environment;
        String previous;
        try (Connection c = TestDatabase.connect();
             ResultSet row = c.createStatement().executeQuery("""
                     SELECT s.active_environment, p.id FROM shopee_connector_setting s
                       LEFT JOIN shopee_profile p ON p.environment = s.active_environment AND p.active""")) {
            row.next();
            environment = row.getString(1);
            previous = row.getString(2);
        }
        Http admin = Http.admin();
        byte[] key = new byte[30];
        new SecureRandom().nextBytes(key);
        long ids = 7_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        Http.Reply created = admin.post(PROFILES, Json.createObjectBuilder()
                .add("name", "Readiness shop").add("environment", environment).add("region", "SG")
                .add("partner_id", ids).add("partner_key", "shpk" + HexFormat.of().formatHex(key))
                .add("shop_id", ids + 1).build());
        assertEquals(201, created.status(), created.body());
        String profile = created.json().getString("id");
        try {
            Http.Reply activated = admin.post(PROFILES + "/" + profile + "/activate", "");
            assertEquals(200, activated.status(), activated.body());
            JsonObject check = connectorCheck();
            assertEquals("UP", check.getString("status"), check.toString());
            assertEquals(profile, check.getJsonObject("data").getString("profile"));
            assertEquals("none", check.getJsonObject("data").getString("token_state"));

            sql("UPDATE shopee_profile SET needs_reconnect = true WHERE id = ?", profile);
            Http.Reply ready = new Http().get("/health/ready");
            assertEquals(200, ready.status(), ready.body());
            assertEquals("UP", ready.json().getString("status"));
            check = connectorCheck();
            assertEquals("UP", check.getString("status"), check.toString());
            assertEquals(profile, check.getJsonObject("data").getString("profile"));
            assertEquals("needs_reconnect", check.getJsonObject("data").getString("token_state"));
            assertEquals(environment, check.getJsonObject("data").getString("environment"));
        } finally {
            sql("UPDATE shopee_profile SET needs_reconnect = false WHERE id = ?", profile);
            if (previous != null) {
                assertEquals(200, admin.post(PROFILES + "/" + previous + "/activate", "").status());
            } else {
                sql("UPDATE shopee_profile SET active = false WHERE id = ?", profile);
            }
        }
    }

    private static JsonObject connectorCheck() {
        Http.Reply ready = new Http().get("/health/ready");
        // Every caller expects the connector check UP (a profile needing reconnection does not take
        // the node out of the load balancer), so readiness as a whole is 200, not 503.
        assertEquals(200, ready.status(), ready.body());
        return ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("shopee-connector")).findFirst()
                .orElseThrow(() -> new AssertionError("no shopee-connector check in " + ready.body()));
    }

    private static void sql(String statement, String id) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private static String head(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) : body;
    }
}
