package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.ShopeeSigner;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs and sends one Shopee call, retrying with exponential backoff on Shopee's transient errors,
 * HTTP 5xx and timeouts. Every attempt is signed afresh: a retry after backoff with the first
 * timestamp could drift out of Shopee's 5-minute window. Thread-safe; one instance serves the pool.
 */
public final class ShopeeHttpClient {

    private static final Logger LOG = Logger.getLogger(ShopeeHttpClient.class.getName());

    private final HttpClient http;
    private final ShopeeSettings settings;
    private final Clock clock;

    public ShopeeHttpClient(HttpClient http, ShopeeSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    public static ShopeeHttpClient create(ShopeeSettings settings, Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Shopee does not redirect API calls; following one would re-send signed secrets elsewhere
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new ShopeeHttpClient(http, settings, clock);
    }

    /** @return the whole envelope; auth endpoints answer at top level, the others under {@code response} */
    public JsonObject send(ShopeeShop target, ShopeeRequest request) {
        Secrets secrets = Secrets.of(target.partnerKey(), target.accessToken()).and(request.secrets());
        for (int attempt = 1; ; attempt++) {
            URI uri = signedUri(target, request);
            Outcome outcome = attempt(uri, request, secrets);
            if (outcome.envelope() != null) {
                return outcome.envelope();
            }
            if (!outcome.retry() || attempt >= settings.maxAttempts()) {
                LOG.log(Level.FINE, () -> request.method() + " " + Secrets.loggable(uri) + " failed for good: "
                        + outcome.failure().getMessage());
                throw outcome.failure();
            }
            Duration delay = settings.backoffAfter(attempt);
            int failedAttempt = attempt;
            LOG.log(Level.INFO, () -> request.method() + " " + Secrets.loggable(uri) + " failed ("
                    + outcome.failure().getMessage() + "), attempt " + failedAttempt + "/" + settings.maxAttempts()
                    + ", retrying in " + delay.toMillis() + " ms");
            pause(delay, request);
        }
    }

    private Outcome attempt(URI uri, ShopeeRequest request, Secrets secrets) {
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest(uri, request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            // never reached Shopee, so even single-use calls may go again
            return Outcome.failed(transport("could not connect", request, e), true);
        } catch (HttpTimeoutException e) {
            return Outcome.failed(transport("no answer within " + settings.readTimeout().toMillis() + " ms",
                    request, e), request.replaySafe());
        } catch (IOException e) {
            return Outcome.failed(transport("I/O failure", request, e), request.replaySafe());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transport("interrupted", request, e);
        }

        int status = response.statusCode();
        JsonObject envelope = ShopeeJson.parseOrNull(response.body());
        if (envelope != null) {
            ShopeeApiException error = ShopeeJson.errorOf(envelope, secrets);
            if (error != null && request.answerErrors().contains(error.error())) {
                return Outcome.ok(envelope);
            }
            if (error != null) {
                return Outcome.failed(error, error.isRetryable());
            }
        }
        if (status >= 500) {
            return Outcome.failed(transport("HTTP " + status, request, null), request.replaySafe());
        }
        if (envelope == null || status >= 300) {
            return Outcome.failed(transport("HTTP " + status + " without a Shopee envelope", request, null), false);
        }
        return Outcome.ok(envelope);
    }

    private HttpRequest httpRequest(URI uri, ShopeeRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Accept", "application/json");
        if ("POST".equals(request.method())) {
            String body = request.body() == null ? "{}" : request.body().toString();
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private URI signedUri(ShopeeShop target, ShopeeRequest request) {
        long timestamp = clock.instant().getEpochSecond();
        StringBuilder url = new StringBuilder(stripTrailingSlash(target.baseUrl()))
                .append(request.path())
                .append("?partner_id=").append(target.partnerId())
                .append("&timestamp=").append(timestamp);
        if (target.isShopLevel()) {
            url.append("&sign=").append(ShopeeSigner.shopSign(target.partnerKey(), target.partnerId(),
                            request.path(), timestamp, target.accessToken(), target.shopId()))
                    .append("&access_token=").append(encode(target.accessToken()))
                    .append("&shop_id=").append(target.shopId());
        } else {
            url.append("&sign=").append(ShopeeSigner.publicSign(target.partnerKey(), target.partnerId(),
                    request.path(), timestamp));
        }
        for (Map.Entry<String, String> param : request.params().entrySet()) {
            url.append('&').append(encode(param.getKey())).append('=').append(encode(param.getValue()));
        }
        return URI.create(url.toString());
    }

    private void pause(Duration delay, ShopeeRequest request) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transport("interrupted during backoff", request, e);
        }
    }

    private static ShopeeTransportException transport(String what, ShopeeRequest request, Throwable cause) {
        // the path only: the query carries the sign and the access token
        return new ShopeeTransportException("Shopee " + request.method() + " " + request.path() + ": " + what, cause);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Either the envelope or a failure, and whether another attempt is worth it. */
    private record Outcome(JsonObject envelope, RuntimeException failure, boolean retry) {
        static Outcome ok(JsonObject envelope) {
            return new Outcome(envelope, null, false);
        }

        static Outcome failed(RuntimeException failure, boolean retry) {
            return new Outcome(null, failure, retry);
        }
    }
}
