package com.exzentcg.platform.connector.shopee.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * An in-process Shopee Open Platform v2 on 127.0.0.1 (random port) that behaves like Shopee where our
 * code depends on it: signs are checked per level with its own HMAC (not the client's signer, so a
 * signing bug cannot cancel itself out), timestamps must fall in the 5-minute window, auth codes and
 * refresh tokens are single-use, access tokens expire, and the error envelope is Shopee's.
 * Scenario data goes in through the Java API; every call is recorded; faults can be scripted.
 *
 * <p>Where the reference has a gap (HTTP status of errors, exact texts) the choice is marked [INF].
 * [INF] errors travel with a non-200 status (403 auth, 400 param, 429 rate limit, 500 server) so
 * clients are forced to decide on the {@code error} field, as the reference says to.
 */
public final class FakeShopee implements AutoCloseable {

    public static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);
    public static final Duration AUTH_CODE_LIFETIME = Duration.ofMinutes(10);
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** After a refresh the previous access token keeps working this long (reference §3). */
    public static final Duration OLD_ACCESS_TOKEN_GRACE = Duration.ofMinutes(5);

    public static final String TOKEN_GET = "/api/v2/auth/token/get";
    public static final String TOKEN_REFRESH = "/api/v2/auth/access_token/get";
    public static final String ORDER_LIST = "/api/v2/order/get_order_list";
    public static final String ORDER_DETAIL = "/api/v2/order/get_order_detail";
    public static final String ESCROW_DETAIL = "/api/v2/payment/get_escrow_detail";
    public static final String WAREHOUSE_DETAIL = "/api/v2/shop/get_warehouse_detail";
    public static final String MODEL_LIST = "/api/v2/product/get_model_list";
    public static final String UPDATE_STOCK = "/api/v2/product/update_stock";
    public static final String LOST_PUSH = "/api/v2/push/get_lost_push_message";
    public static final String CONFIRM_LOST_PUSH = "/api/v2/push/confirm_consumed_lost_push_message";

    private static final HexFormat HEX = HexFormat.of();
    private static final long FIFTEEN_DAYS = Duration.ofDays(15).toSeconds();
    private static final HttpClient PUSH_CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A scripted answer; {@code stall} delays, then answers normally unless an error/status is set too. */
    private record Fault(String error, String message, int httpStatus, Duration stall) {
    }

    /** A token pair FakeShopee issued. */
    public record Tokens(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }

    private record AuthCode(long shopId, Instant expiresAt) {
    }

    private record AccessToken(long shopId, Instant expiresAt) {
    }

    private record RefreshToken(long shopId, Instant expiresAt) {
    }

    private record ModelKey(long shopId, long itemId, long modelId) {
    }

    private static final class StockModel {
        final String modelSku;
        final int reserved;
        final Map<String, Integer> stockByLocation = new TreeMap<>(); // "" = shop without warehouses

        StockModel(String modelSku, int reserved) {
            this.modelSku = modelSku;
            this.reserved = reserved;
        }
    }

    private record LostPush(long messageId, String envelope) {
    }

    /** Thrown inside a handler to answer with Shopee's error envelope. */
    private static final class ShopeeError extends RuntimeException {
        final String error;
        final int status;

        ShopeeError(int status, String error, String message) {
            super(message, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile Clock clock;

    // scenario state; guarded by "this"
    private final Map<Long, String> partners = new HashMap<>();
    private final Map<Long, Long> shopPartner = new HashMap<>();
    private final Map<String, AuthCode> authCodes = new HashMap<>();
    private final Map<String, AccessToken> accessTokens = new HashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new HashMap<>();
    private final Map<String, FakeOrder> orders = new LinkedHashMap<>();
    private final Map<String, FakeEscrow> escrows = new HashMap<>();
    private final Map<Long, List<JsonObject>> warehouses = new HashMap<>();
    private final Map<ModelKey, StockModel> models = new LinkedHashMap<>();
    private final List<LostPush> lostPushes = new ArrayList<>();
    private long lastMessageId;
    private Duration accessTokenLifetime = Duration.ofHours(4);
    private boolean outOfOrder;

    // fault scripting; guarded by "this"
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Duration> stalls = new HashMap<>();

    // A queue, not a copy-on-write list: the standalone fake serves whole bench runs, and copying
    // the log on every call made each request slower than the last.
    private final Queue<FakeCall> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refreshCalls = new AtomicInteger();
    private final AtomicLong requestIds = new AtomicLong(1000);

    private FakeShopee(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // a pool, so a stalled request does not hold up the others
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-shopee");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeShopee start() {
        return start(Clock.systemUTC());
    }

    public static FakeShopee start(Clock clock) {
        try {
            return new FakeShopee(clock);
        } catch (IOException e) {
            throw new IllegalStateException("could not start FakeShopee", e);
        }
    }

    /** Use as the shop's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void clock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow(); // wakes stalled handlers
    }

    // ---- partners, shops, tokens --------------------------------------------------------------

    public synchronized FakeShopee registerPartner(long partnerId, String partnerKey) {
        partners.put(partnerId, partnerKey);
        return this;
    }

    /** Links a shop to a partner, as an authorization in the seller centre would. */
    public synchronized FakeShopee registerShop(long partnerId, long shopId) {
        shopPartner.put(shopId, partnerId);
        return this;
    }

    /** What the seller's redirect would carry as {@code ?code=}; single use, valid 10 minutes. */
    public synchronized String issueAuthCode(long shopId) {
        requireShop(shopId);
        String code = randomHex();
        authCodes.put(code, new AuthCode(shopId, now().plus(AUTH_CODE_LIFETIME)));
        return code;
    }

    /** Shortcut for tests that need a working token pair without walking the code exchange. */
    public synchronized Tokens grantTokens(long shopId) {
        requireShop(shopId);
        return issuePair(shopId);
    }

    /** Lifetime of access tokens issued from now on (default 4 h). */
    public synchronized FakeShopee accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
        return this;
    }

    public synchronized void revokeAccessTokens(long shopId) {
        accessTokens.values().removeIf(token -> token.shopId() == shopId);
    }

    public int refreshCalls() {
        return refreshCalls.get();
    }

    // ---- scenario data ------------------------------------------------------------------------

    public synchronized FakeShopee putOrder(FakeOrder order) {
        orders.put(order.orderSn(), order);
        return this;
    }

    public synchronized FakeShopee setOrderStatus(String orderSn, String status, long updateTime) {
        FakeOrder order = orders.get(orderSn);
        if (order == null) {
            throw new IllegalArgumentException("no order " + orderSn);
        }
        orders.put(orderSn, order.withStatus(status, updateTime));
        return this;
    }

    public synchronized FakeShopee putEscrow(FakeEscrow escrow) {
        escrows.put(escrow.orderSn(), escrow);
        return this;
    }

    /** Makes the shop multi-warehouse; {@code locationId} is the stock key (e.g. "SGZ"). */
    public synchronized FakeShopee putWarehouse(long shopId, long warehouseId, String name, String locationId) {
        warehouses.computeIfAbsent(shopId, id -> new ArrayList<>()).add(Json.createObjectBuilder()
                .add("warehouse_id", warehouseId).add("warehouse_name", name).add("warehouse_type", 1)
                .add("location_id", locationId).add("address_id", warehouseId * 10).add("region", "SG")
                .add("state", "").add("city", "Singapore").add("address", "8 Warehouse Way")
                .add("zipcode", "628000").add("holiday_mode_state", 0).build());
        return this;
    }

    /**
     * Declares a model with its promotion-reserved stock and seller stock at a location ({@code null}
     * location for a shop without warehouses). Call again per location.
     */
    public synchronized FakeShopee putModel(long shopId, long itemId, long modelId, String modelSku,
                                            String locationId, int stock, int reserved) {
        StockModel model = models.computeIfAbsent(new ModelKey(shopId, itemId, modelId),
                key -> new StockModel(modelSku, reserved));
        model.stockByLocation.put(locationId == null ? "" : locationId, stock);
        return this;
    }

    /** Current seller stock, or null if never set. */
    public synchronized Integer stock(long shopId, long itemId, long modelId, String locationId) {
        StockModel model = models.get(new ModelKey(shopId, itemId, modelId));
        return model == null ? null : model.stockByLocation.get(locationId == null ? "" : locationId);
    }

    /** Queues a push envelope (raw JSON text) as lost; returns its message id. */
    public synchronized long addLostPush(String envelopeJson) {
        lastMessageId++;
        lostPushes.add(new LostPush(lastMessageId, envelopeJson));
        return lastMessageId;
    }

    public synchronized int unconfirmedLostPushes() {
        return lostPushes.size();
    }

    /** The code-3 envelope Shopee sends on an order status change, key order as in reference P1. */
    public static String orderStatusPush(long shopId, String orderSn, String status, long updateTime) {
        return "{\"data\":{\"items\":[],\"ordersn\":\"" + orderSn + "\",\"status\":\"" + status
                + "\",\"completed_scenario\":\"\",\"update_time\":" + updateTime + "},\"shop_id\":" + shopId
                + ",\"code\":3,\"timestamp\":" + updateTime + "}";
    }

    // ---- faults -------------------------------------------------------------------------------

    /** The next call to {@code path} answers Shopee error {@code error}. */
    public FakeShopee failNext(String path, String error, String message) {
        return failNext(path, error, message, 1);
    }

    public synchronized FakeShopee failNext(String path, String error, String message, int times) {
        for (int i = 0; i < times; i++) {
            queue(path).add(new Fault(error, message, statusFor(error), null));
        }
        return this;
    }

    public FakeShopee rateLimitNext(String path, int times) {
        return failNext(path, "error_rate_limit", "Too many requests, please try again later.", times);
    }

    /** The next calls answer a bare HTTP status with an HTML body, like a proxy in front of Shopee. */
    public synchronized FakeShopee httpStatusNext(String path, int status, int times) {
        for (int i = 0; i < times; i++) {
            queue(path).add(new Fault(null, null, status, null));
        }
        return this;
    }

    /** The next call waits {@code delay} before answering normally. */
    public synchronized FakeShopee stallNext(String path, Duration delay) {
        queue(path).add(new Fault(null, null, 0, delay));
        return this;
    }

    /** Every call to {@code path} waits {@code delay} until set back to {@link Duration#ZERO}. */
    public synchronized FakeShopee stall(String path, Duration delay) {
        if (delay.isZero()) {
            stalls.remove(path);
        } else {
            stalls.put(path, delay);
        }
        return this;
    }

    /** Lists (order list, order detail) come back in reverse order, as Shopee does not promise one. */
    public synchronized FakeShopee answerOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
        return this;
    }

    public synchronized void clearFaults() {
        faults.clear();
        stalls.clear();
    }

    // ---- recorded calls -----------------------------------------------------------------------

    public List<FakeCall> calls() {
        return List.copyOf(calls);
    }

    public List<FakeCall> callsTo(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    public void clearCalls() {
        calls.clear();
    }

    // ---- pushes out ---------------------------------------------------------------------------

    /**
     * POSTs {@code body} to {@code callbackUrl} signed as Shopee does (reference §4):
     * {@code Authorization: hex(HMAC_SHA256(pushKey, callbackUrl + "|" + body))}.
     *
     * @return the HTTP status the receiver answered
     */
    public int sendPush(String callbackUrl, String pushKey, String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl))
                .timeout(Duration.ofSeconds(3)) // Shopee gives a callback 3 s
                .header("Content-Type", "application/json")
                .header("Authorization", pushSignature(pushKey, callbackUrl, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        try {
            return PUSH_CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("push to " + callbackUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** FakeShopee's own HMAC: independent of the connector's signer on purpose. */
    public static String pushSignature(String pushKey, String callbackUrl, byte[] rawBody) {
        byte[] prefix = (callbackUrl + "|").getBytes(StandardCharsets.UTF_8);
        byte[] message = Arrays.copyOf(prefix, prefix.length + rawBody.length);
        System.arraycopy(rawBody, 0, message, prefix.length, rawBody.length);
        return hmacHex(pushKey, message);
    }

    // ---- HTTP ---------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new FakeCall(exchange.getRequestMethod(), path, query, body));

            Fault fault = takeFault(path);
            Duration stall = fault != null && fault.stall() != null ? fault.stall() : stallFor(path);
            if (stall != null && !sleep(stall)) {
                return; // closed while stalling
            }
            if (fault != null && fault.error() != null) {
                write(exchange, fault.httpStatus(), envelope(fault.error(), fault.message()).build().toString());
                return;
            }
            if (fault != null && fault.httpStatus() > 0) {
                write(exchange, fault.httpStatus(), "<html><body>" + fault.httpStatus() + " error</body></html>");
                return;
            }
            String answer;
            int status = 200;
            try {
                answer = route(exchange.getRequestMethod(), path, query, body);
            } catch (ShopeeError e) {
                status = e.status;
                answer = envelope(e.error, e.getMessage()).build().toString();
            }
            write(exchange, status, answer);
        } catch (RuntimeException e) {
            // a bug in the fake must not look like a hanging Shopee
            write(exchange, 500, "{\"error\":\"fake_bug\",\"message\":\"" + e + "\"}");
        } catch (IOException e) {
            // the client went away; nothing to answer
        } finally {
            exchange.close();
        }
    }

    private synchronized String route(String method, String path, Map<String, String> query, String body) {
        boolean publicLevel = path.startsWith("/api/v2/auth/") || path.startsWith("/api/v2/public/")
                || path.startsWith("/api/v2/push/");
        Long shopId = authenticate(path, query, publicLevel);
        boolean post = "POST".equals(method);
        return switch (path) {
            case TOKEN_GET -> requirePost(post, () -> tokenGet(query, json(body)));
            case TOKEN_REFRESH -> requirePost(post, () -> tokenRefresh(query, json(body)));
            case ORDER_LIST -> orderList(shopId, query);
            case ORDER_DETAIL -> orderDetail(shopId, query);
            case ESCROW_DETAIL -> escrowDetail(query);
            case WAREHOUSE_DETAIL -> warehouseDetail(shopId);
            case MODEL_LIST -> modelList(shopId, query);
            case UPDATE_STOCK -> requirePost(post, () -> updateStock(shopId, json(body)));
            case LOST_PUSH -> lostPushList();
            case CONFIRM_LOST_PUSH -> requirePost(post, () -> confirmLostPush(json(body)));
            default -> throw new ShopeeError(404, "error_not_found", "Api not found.");
        };
    }

    /** Checks what Shopee checks before any API logic; returns the shop id for shop-level calls. */
    private Long authenticate(String path, Map<String, String> query, boolean publicLevel) {
        long partnerId = requiredLong(query, "partner_id");
        long timestamp = requiredLong(query, "timestamp");
        String sign = query.get("sign");
        if (sign == null || sign.isEmpty()) {
            throw new ShopeeError(400, "error_param", "There is no sign in query.");
        }
        long now = now().getEpochSecond();
        if (timestamp < now - TIMESTAMP_WINDOW.toSeconds()) {
            throw new ShopeeError(400, "error_param", "Timestamp is expired.");
        }
        if (timestamp > now + TIMESTAMP_WINDOW.toSeconds()) { // [INF] tolerance ahead is a gap
            throw new ShopeeError(400, "error_param", "Invalid timestamp");
        }
        String key = partners.get(partnerId);
        if (key == null) {
            throw new ShopeeError(403, "invalid_partner_id", "Invalid partner_id.");
        }
        if (publicLevel) {
            requireSign(sign, key, partnerId + path + timestamp);
            return null;
        }
        String accessToken = query.get("access_token");
        if (accessToken == null || accessToken.isEmpty()) {
            throw new ShopeeError(400, "error_param", "There is no access_token in query.");
        }
        long shopId = requiredLong(query, "shop_id");
        requireSign(sign, key, partnerId + path + timestamp + accessToken + shopId);
        Long linkedPartner = shopPartner.get(shopId);
        if (linkedPartner == null || linkedPartner != partnerId) {
            throw new ShopeeError(403, "error_auth", "Invalid partner_id or shopid.");
        }
        AccessToken token = accessTokens.get(accessToken);
        if (token == null || token.shopId() != shopId || !now().isBefore(token.expiresAt())) {
            // Shopee's own spelling
            throw new ShopeeError(403, "invalid_acceess_token", "Invalid access_token.");
        }
        return shopId;
    }

    private static void requireSign(String presented, String key, String baseString) {
        String expected = hmacHex(key, baseString.getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(presented)) {
            throw new ShopeeError(403, "error_sign", "Wrong sign.");
        }
    }

    // ---- auth endpoints (fields at top level) -------------------------------------------------

    private String tokenGet(Map<String, String> query, JsonObject body) {
        requireBodyPartner(query, body);
        long shopId = bodyLong(body, "shop_id");
        String code = body.getString("code", "");
        AuthCode grant = authCodes.remove(code); // single use: gone whether it works or not
        if (grant == null || grant.shopId() != shopId || !now().isBefore(grant.expiresAt())) {
            throw new ShopeeError(400, "error_param", "Invalid code."); // [INF] text
        }
        Tokens pair = issuePair(shopId);
        return topLevel(pair, accessTokenLifetime.toSeconds()).build().toString();
    }

    private String tokenRefresh(Map<String, String> query, JsonObject body) {
        refreshCalls.incrementAndGet();
        long partnerId = requireBodyPartner(query, body);
        long shopId = bodyLong(body, "shop_id");
        String presented = body.getString("refresh_token", "");
        RefreshToken refresh = refreshTokens.remove(presented); // single use
        if (refresh == null || refresh.shopId() != shopId) {
            throw new ShopeeError(400, "error_param", "Invalid refresh_token.");
        }
        if (!now().isBefore(refresh.expiresAt())) {
            throw new ShopeeError(400, "refresh_token_expired", "Refresh token is expired.");
        }
        // the previous access tokens keep working for 5 more minutes
        Instant graceEnd = now().plus(OLD_ACCESS_TOKEN_GRACE);
        accessTokens.replaceAll((value, token) -> token.shopId() == shopId && token.expiresAt().isAfter(graceEnd)
                ? new AccessToken(shopId, graceEnd) : token);
        Tokens pair = issuePair(shopId);
        return topLevel(pair, accessTokenLifetime.toSeconds())
                .add("partner_id", partnerId).add("shop_id", shopId).build().toString();
    }

    private long requireBodyPartner(Map<String, String> query, JsonObject body) {
        JsonValue partner = body.get("partner_id");
        // Shopee wants a JSON int here; a string fails
        if (!(partner instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() != requiredLong(query, "partner_id")) {
            throw new ShopeeError(400, "error_param", "Invalid partner_id.");
        }
        return number.longValue();
    }

    private Tokens issuePair(long shopId) {
        String access = randomHex();
        String refresh = randomHex();
        accessTokens.put(access, new AccessToken(shopId, now().plus(accessTokenLifetime)));
        refreshTokens.put(refresh, new RefreshToken(shopId, now().plus(REFRESH_TOKEN_LIFETIME)));
        return new Tokens(access, refresh);
    }

    private JsonObjectBuilder topLevel(Tokens pair, long expireIn) {
        return envelope("", "").add("access_token", pair.accessToken()).add("refresh_token", pair.refreshToken())
                .add("expire_in", expireIn);
    }

    // ---- orders -------------------------------------------------------------------------------

    private String orderList(long shopId, Map<String, String> query) {
        String field = query.getOrDefault("time_range_field", "");
        if (!Set.of("create_time", "update_time").contains(field)) {
            throw new ShopeeError(400, "error_param", "time_range_field is invalid.");
        }
        long from = requiredLong(query, "time_from");
        long to = requiredLong(query, "time_to");
        if (to < from || to - from > FIFTEEN_DAYS) {
            throw new ShopeeError(200, "order.order_list_invalid_time",
                    "The time range between time_from and time_to must not exceed 15 days.");
        }
        long pageSize = requiredLong(query, "page_size");
        if (pageSize < 1 || pageSize > 100) {
            throw new ShopeeError(400, "error_param", "page_size should be between 1 and 100.");
        }
        String cursor = query.getOrDefault("cursor", "");
        int offset;
        try {
            offset = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw new ShopeeError(400, "error_param", "cursor is invalid.");
        }
        boolean withStatus = optionalFields(query).contains("order_status");
        List<FakeOrder> matching = orders.values().stream()
                .filter(order -> order.shopId() == shopId)
                .filter(order -> {
                    long time = "create_time".equals(field) ? order.createTime() : order.updateTime();
                    return time >= from && time <= to;
                })
                .sorted(Comparator.comparingLong((FakeOrder o) ->
                        "create_time".equals(field) ? o.createTime() : o.updateTime()).thenComparing(FakeOrder::orderSn))
                .toList();
        int end = (int) Math.min(matching.size(), offset + pageSize);
        List<FakeOrder> page = new ArrayList<>(offset >= matching.size() ? List.of() : matching.subList(offset, end));
        if (outOfOrder) {
            java.util.Collections.reverse(page);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FakeOrder order : page) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("order_sn", order.orderSn());
            if (withStatus) {
                entry.add("order_status", order.status());
            }
            list.add(entry);
        }
        boolean more = end < matching.size();
        return envelope("", "").add("response", Json.createObjectBuilder()
                .add("more", more).add("next_cursor", more ? Integer.toString(end) : "").add("order_list", list))
                .build().toString();
    }

    private String orderDetail(long shopId, Map<String, String> query) {
        String list = query.getOrDefault("order_sn_list", "");
        List<String> orderSns = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (orderSns.isEmpty() || orderSns.size() > 50) {
            throw new ShopeeError(400, "error_param", "order_sn_list should have 1 to 50 entries.");
        }
        Set<String> optional = optionalFields(query);
        List<JsonObject> details = new ArrayList<>();
        for (String orderSn : orderSns) {
            FakeOrder order = orders.get(orderSn);
            if (order == null || order.shopId() != shopId) {
                throw new ShopeeError(200, "error_not_found", "Wrong parameters, detail: the order is not found.");
            }
            details.add(orderJson(order, optional));
        }
        if (outOfOrder) {
            java.util.Collections.reverse(details);
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        details.forEach(array::add);
        return envelope("", "").add("response", Json.createObjectBuilder().add("order_list", array))
                .build().toString();
    }

    /** Default fields always; the rest only when named in response_optional_fields, as Shopee does. */
    private JsonObject orderJson(FakeOrder order, Set<String> optional) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("order_sn", order.orderSn()).add("region", order.region()).add("currency", order.currency())
                .add("cod", false).add("order_status", order.status()).add("message_to_seller", "")
                .add("create_time", order.createTime()).add("update_time", order.updateTime())
                .add("days_to_ship", 3).add("ship_by_date", order.createTime() + Duration.ofDays(3).toSeconds());
        if (optional.contains("total_amount")) {
            json.add("total_amount", order.totalAmount());
        }
        if (optional.contains("buyer_user_id")) {
            json.add("buyer_user_id", order.buyerUserId());
        }
        if (optional.contains("buyer_username")) {
            json.add("buyer_username", order.buyerUsername());
        }
        if (optional.contains("pay_time") && !"UNPAID".equals(order.status())) {
            json.add("pay_time", order.createTime() + 60);
        }
        if (optional.contains("payment_method")) {
            json.add("payment_method", "Credit Card");
        }
        if (optional.contains("note")) {
            json.add("note", "");
        }
        if (optional.contains("cancel_by")) {
            json.add("cancel_by", "CANCELLED".equals(order.status()) ? "buyer" : "");
        }
        if (optional.contains("cancel_reason")) {
            json.add("cancel_reason", "CANCELLED".equals(order.status()) ? "Change of mind" : "");
        }
        if (optional.contains("recipient_address")) {
            json.add("recipient_address", Json.createObjectBuilder()
                    .add("name", order.recipientName()).add("phone", order.recipientPhone())
                    .add("town", "").add("district", "").add("city", "Singapore").add("state", "")
                    .add("region", order.region()).add("zipcode", "123456").add("full_address", order.fullAddress()));
        }
        if (optional.contains("item_list")) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            long lineId = 1;
            for (FakeOrderItem item : order.items()) {
                items.add(Json.createObjectBuilder()
                        .add("item_id", item.itemId()).add("item_name", "Item " + item.itemSku())
                        .add("item_sku", item.itemSku()).add("model_id", item.modelId())
                        .add("model_name", item.modelId() == 0 ? "" : "Model " + item.modelSku())
                        .add("model_sku", item.modelSku() == null ? "" : item.modelSku())
                        .add("model_quantity_purchased", item.quantity())
                        .add("model_original_price", item.originalPrice())
                        .add("model_discounted_price", item.discountedPrice())
                        .add("order_item_id", lineId++).add("promotion_type", "").add("weight", 0.1));
            }
            json.add("item_list", items);
        }
        if (optional.contains("package_list")) {
            JsonArrayBuilder packages = Json.createArrayBuilder();
            if (Set.of("PROCESSED", "SHIPPED", "TO_CONFIRM_RECEIVE", "COMPLETED").contains(order.status())) {
                packages.add(Json.createObjectBuilder().add("package_number", "PKG-" + order.orderSn())
                        .add("logistics_status", "LOGISTICS_READY").add("shipping_carrier", "Standard Delivery")
                        .add("item_list", Json.createArrayBuilder()));
            }
            json.add("package_list", packages);
        }
        return json.build();
    }

    private String escrowDetail(Map<String, String> query) {
        FakeEscrow escrow = escrows.get(query.getOrDefault("order_sn", ""));
        if (escrow == null) {
            throw new ShopeeError(200, "error_not_found", "Wrong parameters, detail: the order is not found.");
        }
        FakeOrder order = orders.get(escrow.orderSn());
        JsonObjectBuilder income = Json.createObjectBuilder()
                .add("escrow_amount", escrow.escrowAmount())
                .add("buyer_total_amount", escrow.buyerTotalAmount())
                .add("original_price", escrow.buyerTotalAmount())
                .add("seller_discount", 0).add("shopee_discount", 0)
                .add("voucher_from_seller", 0).add("voucher_from_shopee", 0).add("coins", 0)
                .add("commission_fee", escrow.commissionFee())
                .add("service_fee", escrow.serviceFee())
                .add("seller_transaction_fee", escrow.sellerTransactionFee())
                .add("buyer_paid_shipping_fee", escrow.actualShippingFee())
                .add("actual_shipping_fee", escrow.actualShippingFee())
                .add("final_shipping_fee", 0)
                .add("items", Json.createArrayBuilder());
        return envelope("", "").add("response", Json.createObjectBuilder()
                        .add("order_sn", escrow.orderSn())
                        .add("buyer_user_name", order == null ? "" : order.buyerUsername())
                        .add("return_order_sn_list", Json.createArrayBuilder())
                        .add("order_income", income))
                .build().toString();
    }

    // ---- warehouses, models, stock ------------------------------------------------------------

    private String warehouseDetail(long shopId) {
        List<JsonObject> list = warehouses.getOrDefault(shopId, List.of());
        if (list.isEmpty()) {
            throw new ShopeeError(200, "warehouse.error_not_in_whitelist", "The shop is not a multi-warehouse shop.");
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        list.forEach(array::add);
        return envelope("", "").add("response", array).build().toString();
    }

    private String modelList(long shopId, Map<String, String> query) {
        long itemId = requiredLong(query, "item_id");
        JsonArrayBuilder array = Json.createArrayBuilder();
        boolean found = false;
        for (Map.Entry<ModelKey, StockModel> entry : models.entrySet()) {
            ModelKey key = entry.getKey();
            if (key.shopId() != shopId || key.itemId() != itemId) {
                continue;
            }
            found = true;
            StockModel model = entry.getValue();
            JsonArrayBuilder sellerStock = Json.createArrayBuilder();
            int total = 0;
            for (Map.Entry<String, Integer> stock : model.stockByLocation.entrySet()) {
                JsonObjectBuilder location = Json.createObjectBuilder();
                if (!stock.getKey().isEmpty()) {
                    location.add("location_id", stock.getKey());
                }
                sellerStock.add(location.add("stock", stock.getValue()).add("if_saleable", true));
                total += stock.getValue();
            }
            array.add(Json.createObjectBuilder()
                    .add("model_id", key.modelId()).add("model_sku", model.modelSku)
                    .add("model_status", "MODEL_NORMAL")
                    .add("price_info", Json.createArrayBuilder())
                    .add("stock_info_v2", Json.createObjectBuilder()
                            .add("summary_info", Json.createObjectBuilder()
                                    .add("total_available_stock", total)
                                    .add("total_reserved_stock", model.reserved))
                            .add("seller_stock", sellerStock)
                            .add("shopee_stock", Json.createArrayBuilder())));
        }
        if (!found) {
            throw new ShopeeError(200, "error_item_not_found", "Item not found.");
        }
        return envelope("", "").add("response", Json.createObjectBuilder()
                .add("tier_variation", Json.createArrayBuilder()).add("model", array)).build().toString();
    }

    private String updateStock(long shopId, JsonObject body) {
        long itemId = bodyLong(body, "item_id");
        List<JsonObject> stockList = body.containsKey("stock_list")
                ? body.getJsonArray("stock_list").getValuesAs(JsonObject.class) : List.of();
        if (stockList.isEmpty() || stockList.size() > 50) {
            throw new ShopeeError(400, "error_param", "stock_list should have 1 to 50 entries.");
        }
        boolean itemKnown = models.keySet().stream().anyMatch(k -> k.shopId() == shopId && k.itemId() == itemId);
        if (!itemKnown) {
            throw new ShopeeError(200, "error_item_not_found", "Item not found.");
        }
        boolean multiWarehouse = !warehouses.getOrDefault(shopId, List.of()).isEmpty();
        JsonArrayBuilder successes = Json.createArrayBuilder();
        JsonArrayBuilder failures = Json.createArrayBuilder();
        boolean anyFailure = false;
        for (JsonObject entry : stockList) {
            long modelId = bodyLong(entry, "model_id");
            StockModel model = models.get(new ModelKey(shopId, itemId, modelId));
            for (JsonObject location : entry.getJsonArray("seller_stock").getValuesAs(JsonObject.class)) {
                String locationId = location.getString("location_id", "");
                if (multiWarehouse && locationId.isEmpty()) {
                    throw new ShopeeError(200, "error_busi", "The shop has multi warehouse, please input location id.");
                }
                int stock = (int) bodyLong(location, "stock");
                String reason = model == null ? "Model not found."
                        : stock < model.reserved ? "Stock can not be less than reserved stock " + model.reserved + "."
                        : null;
                if (reason != null) {
                    anyFailure = true;
                    JsonObjectBuilder failure = Json.createObjectBuilder().add("model_id", modelId);
                    if (!locationId.isEmpty()) {
                        failure.add("location_id", locationId);
                    }
                    failures.add(failure.add("failed_reason", reason));
                    continue;
                }
                model.stockByLocation.put(locationId, stock);
                JsonObjectBuilder success = Json.createObjectBuilder().add("model_id", modelId);
                if (!locationId.isEmpty()) {
                    success.add("location_id", locationId);
                }
                successes.add(success.add("stock", stock));
            }
        }
        JsonObjectBuilder envelope = anyFailure
                ? envelope("error_busi_update_stock_failed", "Some stock updates failed.")
                : envelope("", "");
        return envelope.add("response", Json.createObjectBuilder()
                .add("success_list", successes).add("failure_list", failures)).build().toString();
    }

    // ---- push ---------------------------------------------------------------------------------

    private String lostPushList() {
        List<LostPush> page = lostPushes.subList(0, Math.min(100, lostPushes.size()));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (LostPush push : page) {
            JsonObject envelope = json(push.envelope());
            JsonObjectBuilder message = Json.createObjectBuilder();
            if (envelope.get("shop_id") instanceof JsonNumber shopId) {
                message.add("shop_id", shopId.longValue());
            }
            // Shopee documents data as a string holding the original push
            list.add(message.add("code", envelope.getInt("code", 0))
                    .add("timestamp", envelope.getJsonNumber("timestamp") == null ? 0
                            : envelope.getJsonNumber("timestamp").longValue())
                    .add("data", push.envelope()));
        }
        long last = page.isEmpty() ? 0 : page.get(page.size() - 1).messageId();
        return envelope("", "").add("response", Json.createObjectBuilder()
                .add("push_message_list", list).add("has_next_page", lostPushes.size() > page.size())
                .add("last_message_id", last)).build().toString();
    }

    private String confirmLostPush(JsonObject body) {
        long last = bodyLong(body, "last_message_id");
        if (last <= 0 || last > lastMessageId) {
            throw new ShopeeError(400, "error_param", "last_message_id is invalid.");
        }
        lostPushes.removeIf(push -> push.messageId() <= last);
        return envelope("", "").build().toString();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private JsonObjectBuilder envelope(String error, String message) {
        return Json.createObjectBuilder()
                .add("request_id", "fake-" + requestIds.incrementAndGet())
                .add("error", error == null ? "" : error)
                .add("message", message == null ? "" : message);
    }

    private static String requirePost(boolean post, java.util.function.Supplier<String> handler) {
        if (!post) {
            throw new ShopeeError(405, "error_param", "Method not allowed.");
        }
        return handler.get();
    }

    private synchronized Fault takeFault(String path) {
        Deque<Fault> queue = faults.get(path);
        return queue == null ? null : queue.poll();
    }

    private synchronized Duration stallFor(String path) {
        return stalls.get(path);
    }

    private Deque<Fault> queue(String path) {
        return faults.computeIfAbsent(path, p -> new ArrayDeque<>());
    }

    private static int statusFor(String error) {
        return switch (error) {
            case "error_sign", "error_auth", "invalid_acceess_token", "invalid_access_token",
                    "invalid_partner_id" -> 403;
            case "error_param" -> 400;
            case "error_rate_limit" -> 429;
            case "error_server", "error_inner", "error_system_busy", "error_network" -> 500;
            default -> 200;
        };
    }

    private void requireShop(long shopId) {
        if (!shopPartner.containsKey(shopId)) {
            throw new IllegalArgumentException("shop " + shopId + " is not registered");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void write(HttpExchange exchange, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type",
                    body.startsWith("<") ? "text/html" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout); nothing to answer
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> second, LinkedHashMap::new));
    }

    private static Set<String> optionalFields(Map<String, String> query) {
        return Arrays.stream(query.getOrDefault("response_optional_fields", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new ShopeeError(400, "error_param", "Invalid JSON body.");
        }
    }

    private static long requiredLong(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw new ShopeeError(400, "error_param", "There is no " + name + " in query.");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ShopeeError(400, "error_param", "Invalid " + name + ".");
        }
    }

    private static long bodyLong(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonNumber number)) {
            throw new ShopeeError(400, "error_param", "Invalid " + name + ".");
        }
        return number.longValue();
    }

    private static String randomHex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String hmacHex(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
