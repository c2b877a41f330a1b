package com.exzentcg.platform.connector.shopee.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.webhook.PushStats;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backoff, the success-rate rule and the payload shapes. */
class AlertRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void backoffDoublesFromTheBaseAndIsCappedAtAnHour() {
        assertEquals(Duration.ofSeconds(30), AlertSettings.backoff(30_000, 1));
        assertEquals(Duration.ofSeconds(60), AlertSettings.backoff(30_000, 2));
        assertEquals(Duration.ofMinutes(8), AlertSettings.backoff(30_000, 5));
        assertEquals(Duration.ofHours(1), AlertSettings.backoff(30_000, 40));
        assertEquals(Duration.ofMillis(200), AlertSettings.backoff(200, 1));
    }

    @Test
    void successRateIsJudgedOnlyWithEnoughPushes() {
        assertTrue(PushRateWatch.tooLow(new PushStats(T0, 20, 13), 20, 0.7), "65 % of 20");
        assertFalse(PushRateWatch.tooLow(new PushStats(T0, 20, 14), 20, 0.7), "70 % is not below 70 %");
        assertFalse(PushRateWatch.tooLow(new PushStats(T0, 19, 0), 20, 0.7), "too few to judge");
        assertFalse(PushRateWatch.tooLow(new PushStats(null, 0, 0), 1, 0.7));
    }

    @Test
    void noPushesMeansNoRateRatherThanZero() {
        assertNull(new PushStats(null, 0, 0).successRate());
        assertEquals(0.75, new PushStats(T0, 4, 3).successRate());
        assertEquals(1, new PushStats(T0, 4, 3).signatureFailures());
    }

    @Test
    void exceptionPayloadCarriesTheContractFieldsAndNothingElse() {
        JsonObject json = read(AlertPayloads.exception("alr_1", "SIGNATURE_INVALID", "sandbox", "shp_1", "exc_1",
                "A push did not verify", T0, "https://ops.example"));
        assertEquals(Set.of("alert_id", "kind", "type", "environment", "profile_id", "exception_id", "message",
                "occurred_at", "platform"), json.keySet());
        assertEquals("exception", json.getString("kind"));
        assertEquals("2025-03-01T08:00:00Z", json.getString("occurred_at"));
        assertEquals("https://ops.example", json.getString("platform"));
    }

    @Test
    void summaryPayloadCountsByType() {
        var summary = new AlertPlan.Summary(List.of("a", "b", "c"), Map.of("SIGNATURE_INVALID", 2, "MALFORMED_PUSH", 1),
                T0, T0.plusMinutes(2));
        JsonObject json = read(AlertPayloads.summary("alr_9", summary, "https://ops.example"));
        assertEquals("summary", json.getString("kind"));
        assertEquals(3, json.getInt("count"));
        assertEquals(2, json.getJsonObject("by_type").getInt("SIGNATURE_INVALID"));
        assertEquals("2025-03-01T08:02:00Z", json.getString("last_at"));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
