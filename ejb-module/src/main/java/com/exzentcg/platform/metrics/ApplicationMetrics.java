package com.exzentcg.platform.metrics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator graphs and alerts on, computed with a handful of indexed SQL aggregates per
 * scrape: Shopee pushes received/verified/failed, the processing queue and its lag (age of the
 * oldest due event), open connector exceptions, stock pushes and alerts by outcome, and the active profiles'
 * token expiry. Counters are totals over the stored rows, so they only grow while rows are kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ApplicationMetrics {

    @PersistenceContext
    EntityManager em;

    public List<MetricFamily> collect() {
        List<MetricFamily> families = new ArrayList<>();
        pushes(families);
        queue(families);
        families.add(new MetricFamily("tcg_connector_exceptions_open", "gauge",
                "Open connector exceptions an operator must look at, by type and environment",
                rows("""
                        SELECT type, coalesce(environment, ''), count(*) FROM connector_exception
                         WHERE status = 'open' GROUP BY 1, 2 ORDER BY 1, 2""", "tcg_connector_exceptions_open", "type", "environment")));
        families.add(new MetricFamily("tcg_shopee_stock_pushes", "gauge",
                "Shopee stock pushes per item, by status (pending, sending, sent, failed)",
                rows("SELECT status, count(*) FROM shopee_stock_push GROUP BY 1 ORDER BY 1", "tcg_shopee_stock_pushes", "status")));
        families.add(new MetricFamily("tcg_connector_alerts", "gauge",
                "Connector alerts in the outbox, by delivery status (pending, sent, failed, suppressed)",
                rows("SELECT status, count(*) FROM connector_alert GROUP BY 1 ORDER BY 1", "tcg_connector_alerts", "status")));
        tokens(families);
        return families;
    }

    private void pushes(List<MetricFamily> families) {
        List<Sample> received = new ArrayList<>();
        List<Sample> verified = new ArrayList<>();
        List<Sample> failed = new ArrayList<>();
        for (Object[] row : query("""
                SELECT environment, coalesce(sum(deliveries), 0), coalesce(sum(deliveries) FILTER (WHERE signature_ok), 0),
                       coalesce(sum(deliveries) FILTER (WHERE NOT signature_ok), 0)
                  FROM shopee_event WHERE source = 'push' GROUP BY 1 ORDER BY 1""")) {
            Map<String, String> env = Map.of("environment", (String) row[0]);
            received.add(new Sample("tcg_shopee_webhooks_received_total", env, number(row[1])));
            verified.add(new Sample("tcg_shopee_webhooks_verified_total", env, number(row[2])));
            failed.add(new Sample("tcg_shopee_webhooks_failed_total", env, number(row[3])));
        }
        families.add(new MetricFamily("tcg_shopee_webhooks_received_total", "counter",
                "Shopee push deliveries received (redeliveries of the same push included)", received));
        families.add(new MetricFamily("tcg_shopee_webhooks_verified_total", "counter",
                "Shopee push deliveries whose signature verified", verified));
        families.add(new MetricFamily("tcg_shopee_webhooks_failed_total", "counter",
                "Shopee push deliveries refused: bad signature or malformed body", failed));
    }

    private void queue(List<MetricFamily> families) {
        families.add(new MetricFamily("tcg_shopee_events", "gauge",
                "Stored Shopee events by processing status",
                rows("SELECT environment, status, count(*) FROM shopee_event GROUP BY 1, 2 ORDER BY 1, 2",
                        "tcg_shopee_events", "environment", "status")));
        Object[] due = (Object[]) em.createNativeQuery("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(received_at)), 0)
                  FROM shopee_event WHERE status IN ('pending', 'retry') AND next_attempt_at <= now()""")
                .getSingleResult();
        families.add(new MetricFamily("tcg_shopee_events_due", "gauge",
                "Shopee events due for processing now", List.of(new Sample("tcg_shopee_events_due", Map.of(), number(due[0])))));
        families.add(new MetricFamily("tcg_shopee_event_processing_lag_seconds", "gauge",
                "Age of the oldest event due for processing (0 when the queue is drained)",
                List.of(new Sample("tcg_shopee_event_processing_lag_seconds", Map.of(), number(due[1])))));
    }

    private void tokens(List<MetricFamily> families) {
        List<Sample> access = new ArrayList<>();
        List<Sample> refresh = new ArrayList<>();
        List<Sample> reconnect = new ArrayList<>();
        for (Object[] row : query("""
                SELECT id, environment, extract(epoch FROM access_expires_at - now()),
                       extract(epoch FROM refresh_expires_at - now()), needs_reconnect
                  FROM shopee_profile WHERE active ORDER BY environment""")) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("profile", (String) row[0]);
            labels.put("environment", (String) row[1]);
            if (row[2] != null) {
                access.add(new Sample("tcg_shopee_token_expiry_seconds", labels, number(row[2])));
            }
            if (row[3] != null) {
                refresh.add(new Sample("tcg_shopee_refresh_token_expiry_seconds", labels, number(row[3])));
            }
            reconnect.add(new Sample("tcg_shopee_profile_needs_reconnect", labels, Boolean.TRUE.equals(row[4]) ? 1 : 0));
        }
        families.add(new MetricFamily("tcg_shopee_token_expiry_seconds", "gauge",
                "Seconds until the active profile's access token expires (negative: expired)", access));
        families.add(new MetricFamily("tcg_shopee_refresh_token_expiry_seconds", "gauge",
                "Seconds until the active profile's refresh token expires", refresh));
        families.add(new MetricFamily("tcg_shopee_profile_needs_reconnect", "gauge",
                "1 when the active profile's shop must be authorized again", reconnect));
    }

    /** Rows of (label values…, count) as samples of {@code name}. */
    private List<Sample> rows(String sql, String name, String... labelNames) {
        List<Sample> samples = new ArrayList<>();
        for (Object[] row : query(sql)) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < labelNames.length; i++) {
                labels.put(labelNames[i], String.valueOf(row[i]));
            }
            samples.add(new Sample(name, labels, number(row[labelNames.length])));
        }
        return samples;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql) {
        List<?> result = em.createNativeQuery(sql).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
