import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A tiny closed-loop load generator for the commerce admin API: a fixed number of clients, each
 * sending its next request when the last one answered, per scenario a warm-up then a measured
 * window. Loopback only; prints requests/s, p50 and p99 per scenario.
 *
 *   java bench/Bench.java [base-url] [concurrency] [seconds-per-scenario]
 *
 * BENCH_TOKEN, if set, is sent as a bearer token (for when admin routes need a login).
 */
public class Bench {

    record Scenario(String name, Function<ThreadLocalRandom, HttpRequest.Builder> request, int okStatus) {
    }

    record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String TOKEN = System.getenv("BENCH_TOKEN");
    private static final AtomicLong CREATED = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost|\\[?::1\\]?")) {
            throw new IllegalArgumentException("the benchmark only drives a local server: " + base);
        }
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String[] statuses = {"placed", "shipped", "completed", "cancelled", "returned"};
        String[] envs = {"sandbox", "live"};
        String[] conditions = {"NM", "LP", "MP"};

        List<Scenario> scenarios = List.of(
                new Scenario("orders list (50/page, status+env)", r -> get(base + "/admin/orders?limit=50&status="
                        + statuses[r.nextInt(statuses.length)] + "&env=" + envs[r.nextInt(envs.length)]), 200),
                new Scenario("variant search by SKU prefix", r -> get(base + "/admin/variants?sku=BENCH-0"
                        + String.format("%03d", r.nextInt(334))), 200),
                new Scenario("product create with 3 variants", r -> post(base + "/admin/products",
                        newProduct(CREATED.incrementAndGet())), 201),
                new Scenario("inventory adjustment", r -> post(base + "/admin/inventory/adjustments",
                        "{\"sku\": \"BENCH-" + String.format("%06d", r.nextInt(33334)) + "-"
                                + conditions[r.nextInt(3)] + "\", \"location_id\": \"sloc_BENCHWAREHOUSE00000000\","
                                + " \"delta\": " + (r.nextBoolean() ? 1 : -1) + ", \"reason\": \"bench\"}"), 201));

        System.out.printf("TCG commerce benchmark: %s, %d clients, %d s warm-up + %d s measured per scenario%n",
                base, concurrency, Math.max(3, seconds / 4), seconds);
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            run(scenario, concurrency, Math.max(3, seconds / 4));
            Result result = run(scenario, concurrency, seconds);
            results.add(result);
            System.out.printf("  %-36s done%n", scenario.name());
        }
        System.out.printf("%n%-36s %9s %7s %9s %9s %9s%n", "scenario", "requests", "errors", "req/s", "p50 ms", "p99 ms");
        for (Result r : results) {
            System.out.printf("%-36s %9d %7d %9.1f %9.1f %9.1f%n", r.name(), r.requests(), r.errors(), r.perSecond(),
                    r.percentileMillis(50), r.percentileMillis(99));
        }
        if (results.stream().anyMatch(r -> r.errors() > 0)) {
            System.exit(1);
        }
    }

    private static Result run(Scenario scenario, int concurrency, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> clients = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = scenario.request().apply(random).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t0;
                    if (response.statusCode() != scenario.okStatus()) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(scenario.name() + ": " + response.statusCode() + " " + response.body());
                        }
                        continue;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = elapsed;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> client : clients) {
            all.add(client.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(scenario.name(), merged.length, errors.get(), elapsed, merged);
    }

    private static String newProduct(long n) {
        String sku = "BN-" + RUN + "-" + n;
        StringBuilder variants = new StringBuilder();
        for (String condition : new String[] {"NM", "LP", "MP"}) {
            variants.append(variants.length() == 0 ? "" : ",").append("{\"sku\": \"").append(sku).append('-')
                    .append(condition).append("\", \"price\": {\"amount\": 1250, \"currency_code\": \"SGD\"},")
                    .append(" \"game\": \"pokemon\", \"set_code\": \"sv3pt5\", \"collector_number\": \"")
                    .append(n % 165).append("/165\", \"condition\": \"").append(condition).append("\"}");
        }
        return "{\"title\": \"Bench product " + n + "\", \"variants\": [" + variants + "]}";
    }

    private static HttpRequest.Builder get(String url) {
        return authorised(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpRequest.Builder post(String url, String json) {
        return authorised(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        return TOKEN == null || TOKEN.isBlank() ? builder : builder.header("Authorization", "Bearer " + TOKEN);
    }
}
