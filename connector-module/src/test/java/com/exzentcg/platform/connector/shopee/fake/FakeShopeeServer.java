package com.exzentcg.platform.connector.shopee.fake;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link FakeShopee} as a standalone process so an outside client can drive it (see
 * {@code connector-module/sdk-crosscheck/run.sh}, which points the npm {@code @congminh1254/shopee-sdk}
 * at it, and {@code bench/run-ingest.sh}, which points the platform at it).
 *
 * <p>Usage: {@code FakeShopeeServer <partnerId> <partnerKey> <shopId> [--orders N --skus A,B,…
 * [--order-prefix P] [--status S]]}. Registers the partner and the shop, puts one sample order,
 * issues an auth code and prints one JSON line
 * {@code {"base_url":"http://127.0.0.1:<port>/api/v2","auth_code":"…","shop_id":…,"order_sn":"…"}}
 * to stdout. Runs on the real clock until stdin closes or the process is killed.
 *
 * <p>With {@code --orders N} it also puts N orders {@code P000000 … P(N-1)} (prefix default
 * {@code BENCH}, status default {@code READY_TO_SHIP}), order {@code i} holding {@code 1 + i % 3}
 * units of model SKU {@code skus[i % skus.length]} at 12.50 SGD, and adds to the JSON line
 * {@code "orders":N,"order_prefix":"P","ordered":{"A":units,…}} (units per SKU over all N orders).
 *
 * <p>Lines written to its stdin switch faults on and off while it runs ({@link #control}), e.g.
 * {@code http order/get_order_detail 500 100000}, then {@code clear}; {@code bench/fault-drills.sh}
 * uses them.
 */
public final class FakeShopeeServer {

    /** The order the launcher puts; clients ask for it with {@code get_order_detail}. */
    public static final String SAMPLE_ORDER_SN = "260101CROSSCHK1";

    private FakeShopeeServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length % 2 == 0) {
            usage();
        }
        long partnerId = Long.parseLong(args[0]);
        String partnerKey = args[1];
        long shopId = Long.parseLong(args[2]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i += 2) {
            if (!List.of("--orders", "--skus", "--order-prefix", "--status").contains(args[i])) {
                usage();
            }
            options.put(args[i], args[i + 1]);
        }
        int orderCount = Integer.parseInt(options.getOrDefault("--orders", "0"));
        List<String> skus = Arrays.stream(options.getOrDefault("--skus", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (orderCount > 0 && skus.isEmpty()) {
            usage();
        }

        FakeShopee fake = FakeShopee.start();
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-shopee-shutdown"));
        fake.registerPartner(partnerId, partnerKey).registerShop(partnerId, shopId);

        long created = Instant.now().getEpochSecond() - 3600;
        fake.putOrder(FakeOrder.of(shopId, SAMPLE_ORDER_SN, "READY_TO_SHIP", created)
                .withItem(new FakeOrderItem(880001L, "TCG-BOOSTER-01", 0L, "", 2,
                        new BigDecimal("12.50"), new BigDecimal("11.90")))
                .withTotal("SGD", new BigDecimal("23.80")));

        String prefix = options.getOrDefault("--order-prefix", "BENCH");
        String status = options.getOrDefault("--status", "READY_TO_SHIP");
        Map<String, Integer> ordered = new LinkedHashMap<>();
        skus.forEach(sku -> ordered.put(sku, 0));
        for (int i = 0; i < orderCount; i++) {
            String sku = skus.get(i % skus.size());
            int quantity = 1 + i % 3;
            ordered.merge(sku, quantity, Integer::sum);
            BigDecimal price = new BigDecimal("12.50");
            fake.putOrder(FakeOrder.of(shopId, String.format("%s%06d", prefix, i), status, created)
                    .withItem(new FakeOrderItem(900000L + i % skus.size(), "", 910000L + i % skus.size(), sku,
                            quantity, price, price))
                    .withTotal("SGD", price.multiply(BigDecimal.valueOf(quantity))));
        }
        String authCode = fake.issueAuthCode(shopId);

        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("base_url", fake.baseUrl() + "/api/v2")
                .add("auth_code", authCode)
                .add("shop_id", shopId)
                .add("order_sn", SAMPLE_ORDER_SN);
        if (orderCount > 0) {
            JsonObjectBuilder units = Json.createObjectBuilder();
            ordered.forEach(units::add);
            line.add("orders", orderCount).add("order_prefix", prefix).add("ordered", units);
        }
        System.out.println(line.build());
        System.out.flush();

        // stay up until the driver closes our stdin (or kills us); lines on stdin switch faults
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = in.readLine()) != null; ) {
            try {
                control(fake, command.trim());
            } catch (RuntimeException e) {
                System.err.println("fake: ignored \"" + command + "\": " + e);
            }
        }
        System.exit(0); // the shutdown hook closes the fake
    }

    /**
     * One fault command from stdin ({@code PATH} relative to {@code /api/v2/}, e.g.
     * {@code order/get_order_detail}); anything else is ignored with a note on stderr:
     * <pre>
     *   fail PATH ERROR TIMES     the next TIMES calls answer Shopee error ERROR  (failNext)
     *   http PATH STATUS TIMES    the next TIMES calls answer a bare HTTP STATUS  (httpStatusNext)
     *   stall PATH MILLIS         every call waits MILLIS first; 0 ends it        (stall)
     *   clear                     no more faults                                  (clearFaults)
     * </pre>
     */
    static void control(FakeShopee fake, String command) {
        String[] w = command.split("\\s+");
        switch (w[0]) {
            case "" -> { }
            case "fail" -> fake.failNext(apiPath(w[1]), w[2], "Injected " + w[2] + " (fault drill).", Integer.parseInt(w[3]));
            case "http" -> fake.httpStatusNext(apiPath(w[1]), Integer.parseInt(w[2]), Integer.parseInt(w[3]));
            case "stall" -> fake.stall(apiPath(w[1]), Duration.ofMillis(Long.parseLong(w[2])));
            case "clear" -> fake.clearFaults();
            default -> throw new IllegalArgumentException("unknown command");
        }
        System.err.println("fake: " + command);
    }

    private static String apiPath(String path) {
        return path.startsWith("/") ? path : "/api/v2/" + path;
    }

    private static void usage() {
        System.err.println("usage: FakeShopeeServer <partnerId> <partnerKey> <shopId>"
                + " [--orders N --skus SKU,SKU… [--order-prefix P] [--status S]]");
        System.exit(2);
    }
}
