package com.exzentcg.platform.connector.shopee.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Posts one alert's JSON to the n8n webhook; one shared client, bounded by the configured timeout. */
@ApplicationScoped
public class AlertReceiver {

    /** How a post went; {@code error} is safe to log and store (never the URL or the response body). */
    public record Outcome(boolean ok, String error) {
    }

    @Inject
    AlertSettings settings;

    private volatile HttpClient client;

    public Outcome post(URI url, String json) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "tcg-platform-alerts")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, null) : new Outcome(false, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Outcome(false, "unusable webhook URL");
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }
}
