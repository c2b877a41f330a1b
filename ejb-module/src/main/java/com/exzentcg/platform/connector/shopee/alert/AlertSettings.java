package com.exzentcg.platform.connector.shopee.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of connector alerts (MicroProfile Config; environment variables in production). */
@ApplicationScoped
public class AlertSettings {

    private static final Logger LOG = Logger.getLogger(AlertSettings.class.getName());

    /**
     * The n8n workflow's webhook. Optional: without it alerts are logged and marked suppressed.
     * Such URLs are capabilities (anyone holding one can post), so it is never logged.
     */
    @Inject
    @ConfigProperty(name = "shopee.alert.webhook-url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "shopee.alert.send-interval-seconds", defaultValue = "10")
    long sendIntervalSeconds;

    @Inject
    @ConfigProperty(name = "shopee.alert.max-attempts", defaultValue = "6")
    int maxAttempts;

    /** First retry delay, doubled per failed attempt: 30 s, 1, 2, 4, 8 min with the defaults. */
    @Inject
    @ConfigProperty(name = "shopee.alert.backoff-base-ms", defaultValue = "30000")
    long backoffBaseMs;

    @Inject
    @ConfigProperty(name = "shopee.alert.timeout-ms", defaultValue = "5000")
    long timeoutMs;

    /** More alerts than this due in one pass are sent as one summary. */
    @Inject
    @ConfigProperty(name = "shopee.alert.max-per-pass", defaultValue = "5")
    int maxPerPass;

    @Inject
    @ConfigProperty(name = "shopee.alert.max-per-minute", defaultValue = "10")
    int maxPerMinute;

    @Inject
    @ConfigProperty(name = "shopee.alert.success-rate-threshold", defaultValue = "0.7")
    double successRateThreshold;

    @Inject
    @ConfigProperty(name = "shopee.alert.success-rate-min-pushes", defaultValue = "20")
    int successRateMinPushes;

    @Inject
    @ConfigProperty(name = "shopee.alert.success-rate-check-seconds", defaultValue = "300")
    long successRateCheckSeconds;

    private volatile Optional<URI> parsed;

    /** The receiver, when one is configured and is an http(s) URL; a malformed one counts as unset. */
    public Optional<URI> webhookUrl() {
        Optional<URI> url = parsed;
        if (url == null) {
            url = webhookUrl.map(String::trim).filter(s -> !s.isEmpty()).flatMap(AlertSettings::parse);
            parsed = url;
        }
        return url;
    }

    private static Optional<URI> parse(String value) {
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the value
        }
        LOG.warning("SHOPEE_ALERT_WEBHOOK_URL is not an http(s) URL; alerts are logged only");
        return Optional.empty();
    }

    public Duration sendInterval() {
        return Duration.ofSeconds(Math.max(1, sendIntervalSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** Delay before the next try after {@code attemptsSoFar} failures (≥ 1): base × 2^(n−1), at most 1 h. */
    public Duration backoff(int attemptsSoFar) {
        return backoff(backoffBaseMs, attemptsSoFar);
    }

    static Duration backoff(long baseMs, int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        long ms = Math.max(1, baseMs) << doublings;
        return Duration.ofMillis(Math.min(ms, Duration.ofHours(1).toMillis()));
    }

    public Duration timeout() {
        return Duration.ofMillis(Math.max(100, timeoutMs));
    }

    public int maxPerPass() {
        return Math.max(1, maxPerPass);
    }

    public int maxPerMinute() {
        return Math.max(1, maxPerMinute);
    }

    public double successRateThreshold() {
        return successRateThreshold;
    }

    public int successRateMinPushes() {
        return Math.max(1, successRateMinPushes);
    }

    public Duration successRateCheckInterval() {
        return Duration.ofSeconds(Math.max(1, successRateCheckSeconds));
    }
}
