package com.exzentcg.platform.connector.shopee.alert;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The JSON the n8n workflow receives. Built only from ids, types, times and the exception's
 * operator-facing message (already free of secrets); profile credentials are never read here.
 * {@code alert_id} lets the receiver drop a repeat: delivery is at least once.
 */
final class AlertPayloads {

    private AlertPayloads() {
    }

    static String exception(String alertId, String type, String environment, String profileId, String exceptionId,
            String message, OffsetDateTime occurredAt, String platform) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("alert_id", alertId)
                .add("kind", ConnectorAlert.EXCEPTION)
                .add("type", type);
        nullable(json, "environment", environment);
        nullable(json, "profile_id", profileId);
        json.add("exception_id", exceptionId);
        nullable(json, "message", message);
        nullable(json, "occurred_at", time(occurredAt));
        nullable(json, "platform", platform);
        return json.build().toString();
    }

    static String summary(String alertId, AlertPlan.Summary summary, String platform) {
        var byType = Json.createObjectBuilder();
        summary.byType().forEach(byType::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("alert_id", alertId)
                .add("kind", ConnectorAlert.SUMMARY)
                .add("count", summary.count())
                .add("by_type", byType)
                .add("first_at", time(summary.firstAt()))
                .add("last_at", time(summary.lastAt()))
                .add("message", summary.count() + " connector alerts in a burst; see the exceptions list");
        nullable(json, "platform", platform);
        return json.build().toString();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.toInstant());
    }
}
