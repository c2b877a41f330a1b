package com.exzentcg.platform.metrics.rest;

import com.exzentcg.platform.metrics.ApplicationMetrics;
import com.exzentcg.platform.metrics.MetricFamily;
import com.exzentcg.platform.metrics.Sample;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's metrics in Prometheus text format (WildFly's own JVM/server metrics are at
 * {@code /metrics}, proxied from the management port; this path cannot sit under {@code /metrics}
 * because that whole prefix belongs to the proxy).
 *
 * <p>Public like {@code /health} by default: it carries aggregate counts and opaque profile ids,
 * never credentials or buyer data, and the edge proxy is expected not to forward it. When
 * {@code TCG_METRICS_TOKEN} is set, a scrape must send it as a bearer token (Prometheus
 * {@code authorization: {credentials: …}}), for set-ups where the port is reachable more widely.
 */
@Path("/app-metrics")
public class ApplicationMetricsResource {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @EJB
    ApplicationMetrics metrics;

    @Inject
    @ConfigProperty(name = "tcg.metrics.token")
    Optional<String> token;

    @GET
    @Produces({"text/plain", "*/*"})
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (token.filter(t -> !t.isBlank()).isPresent() && !authorized(authorization, token.get().trim())) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tcg-metrics\"")
                    .type("text/plain").entity("metrics token required\n").build();
        }
        return Response.ok(render(metrics.collect()), CONTENT_TYPE).build();
    }

    private static boolean authorized(String header, String expected) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    static String render(List<MetricFamily> families) {
        StringBuilder out = new StringBuilder(4096);
        for (MetricFamily family : families) {
            out.append("# HELP ").append(family.name()).append(' ').append(family.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
            for (Sample sample : family.samples()) {
                out.append(sample.name()).append(labels(sample.labels())).append(' ').append(value(sample.value())).append('\n');
            }
        }
        return out.toString();
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        return labels.entrySet().stream()
                .map(e -> e.getKey() + "=\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
