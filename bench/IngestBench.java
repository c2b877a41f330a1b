import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load for the Shopee webhook, in the style of {@code Bench.java}: signed order-status pushes as
 * Shopee sends them (HMAC-SHA256 of {@code webhook_url + "|" + body} with the push partner key, hex,
 * in {@code Authorization}), fixed concurrency, bounded in count and time, loopback only.
 *
 * <pre>
 *   java bench/IngestBench.java MODE key=value…
 *     ingest   url= key= shop= prefix= pool= seconds=20 concurrency=8,32 admin= [jvm-pid=]
 *              closed loop per concurrency (warm-up, then a measured window); distinct bodies (the
 *              update_time counts up) over the orders prefix000000…prefix(pool-1); prints req/s,
 *              p50, p99, how long processing took to drain the queue afterwards and, with the
 *              server's pid, its CPU time per push (from /proc: less noisy than req/s on a shared box)
 *     latency  url= key= shop= prefix= from= count=100 workers=2 admin=
 *              one READY_TO_SHIP push per order, then GET /admin/orders?channel=shopee&q=… until it
 *              is there; prints push→visible p50/p95 measured from the push's 200
 *     send     url= key= shop= prefix= from=0 count=500 concurrency=8 time= out= [kill-pid= kill-after=]
 *              one READY_TO_SHIP push per order (update_time= fixed, so a retry is the same bytes);
 *              SIGKILLs kill-pid once kill-after pushes were acknowledged; writes "order_sn status"
 *     resend   url= key= shop= time= in= out= concurrency=8 seconds=120
 *              re-sends every push of in= that did not get a 200, as Shopee retries, until it does
 * </pre>
 *
 * Admin calls ({@code admin=} base URL) use {@code BENCH_TOKEN} as the bearer token.
 */
public class IngestBench {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String TOKEN = System.getenv("BENCH_TOKEN");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private static Map<String, String> options;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: java bench/IngestBench.java ingest|latency|send|resend key=value…");
        }
        options = new LinkedHashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        for (String url : new String[] {"url", "admin"}) {
            if (options.containsKey(url) && !URI.create(options.get(url)).getHost().matches("127\\.0\\.0\\.1|localhost")) {
                throw new IllegalArgumentException("the benchmark only drives a local server: " + options.get(url));
            }
        }
        switch (args[0]) {
            case "ingest" -> ingest();
            case "latency" -> latency();
            case "send" -> send();
            case "resend" -> resend();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---- ingest throughput ------------------------------------------------------------------------

    record Window(int concurrency, long requests, long errors, double seconds, long[] latenciesNanos) {
        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private static void ingest() throws Exception {
        int seconds = Integer.parseInt(opt("seconds", "20"));
        int pool = Integer.parseInt(opt("pool", "200"));
        String prefix = opt("prefix", null);
        long shop = Long.parseLong(opt("shop", null));
        AtomicLong counter = new AtomicLong();
        long firstUpdate = System.currentTimeMillis() / 1000;
        System.out.printf("webhook ingest: signed order-status pushes to %s, %d orders; %d s JIT warm-up, then per"
                + " concurrency %d s warm-up + %d s measured%n", opt("url", null), pool, seconds, Math.max(3, seconds / 4),
                seconds);
        List<String> rows = new ArrayList<>();
        // The JIT needs a while on a fresh server: one longer warm-up first, then one per concurrency.
        pushLoop(8, seconds, pool, prefix, shop, firstUpdate, counter);
        for (String c : opt("concurrency", "8,32").split(",")) {
            int concurrency = Integer.parseInt(c.trim());
            drain(300);
            pushLoop(concurrency, Math.max(3, seconds / 4), pool, prefix, shop, firstUpdate, counter);
            drain(300);
            long cpuBefore = serverCpuMillis();
            Window w = pushLoop(concurrency, seconds, pool, prefix, shop, firstUpdate, counter);
            long cpuWindow = serverCpuMillis() - cpuBefore;
            long drainStarted = System.nanoTime();
            boolean drained = drain(300);
            double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
            long cpuAll = serverCpuMillis() - cpuBefore;
            long pushes = Math.max(1, w.requests());
            rows.add(String.format("%-24s %9d %7d %9.1f %9.1f %9.1f %13s %9s %9s", "ingest, " + concurrency + " clients",
                    w.requests(), w.errors(), w.requests() / w.seconds(), w.percentileMillis(50), w.percentileMillis(99),
                    drained ? String.format("%.1f s", drainSeconds) : "> 300 s",
                    cpuBefore < 0 ? "-" : String.format("%.1f", (double) cpuWindow / pushes),
                    cpuBefore < 0 ? "-" : String.format("%.1f", (double) cpuAll / pushes)));
            System.out.printf("  %d clients done%n", concurrency);
        }
        System.out.printf("%n%-24s %9s %7s %9s %9s %9s %13s %9s %9s%n", "scenario", "requests", "errors", "req/s", "p50 ms",
                "p99 ms", "queue drained", "cpu ms/1", "cpu ms/2");
        rows.forEach(System.out::println);
        System.out.println("cpu ms/1: server JVM CPU per push during the window; cpu ms/2: until the queue drained"
                + " (ingest + processing)");
    }

    private static Window pushLoop(int concurrency, int seconds, int pool, String prefix, long shop, long firstUpdate,
            AtomicLong counter) throws Exception {
        String url = opt("url", null);
        String key = opt("key", null);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            futures.add(clients.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    long n = counter.getAndIncrement();
                    String body = orderStatusPush(shop, orderSn(prefix, (int) (n % pool)), "READY_TO_SHIP", firstUpdate + n);
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = push(url, key, body).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    long elapsed = System.nanoTime() - t0;
                    if (status != 200) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("push: " + status);
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
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Window(concurrency, merged.length, errors.get(), elapsed, merged);
    }

    /** CPU time (user + system) the server JVM {@code jvm-pid=} has used so far, or -1 when not given. */
    private static long serverCpuMillis() throws IOException {
        String pid = options.get("jvm-pid");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** Waits (at most {@code limitSeconds}) until no event is left unprocessed; false on time-out. */
    private static boolean drain(int limitSeconds) throws Exception {
        long until = System.currentTimeMillis() + limitSeconds * 1000L;
        while (System.currentTimeMillis() < until) {
            if (count(opt("admin", null) + "/admin/connectors/shopee/events?processed=false&limit=1") == 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    // ---- push → visible ---------------------------------------------------------------------------

    private static void latency() throws Exception {
        String url = opt("url", null);
        String key = opt("key", null);
        String admin = opt("admin", null);
        String prefix = opt("prefix", null);
        long shop = Long.parseLong(opt("shop", null));
        int from = Integer.parseInt(opt("from", "0"));
        int count = Integer.parseInt(opt("count", "100"));
        int workers = Integer.parseInt(opt("workers", "2"));
        drain(300);
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger timeouts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i; (i = next.getAndIncrement()) < from + count; ) {
                    String sn = orderSn(prefix, i);
                    String body = orderStatusPush(shop, sn, "READY_TO_SHIP", System.currentTimeMillis() / 1000);
                    if (push(url, key, body).statusCode() != 200) {
                        timeouts.incrementAndGet();
                        continue;
                    }
                    long acked = System.nanoTime();
                    long deadline = acked + 30_000_000_000L;
                    boolean seen = false;
                    while (System.nanoTime() < deadline) {
                        if (count(admin + "/admin/orders?channel=shopee&limit=1&q=" + sn) > 0) {
                            seen = true;
                            break;
                        }
                        Thread.sleep(20);
                    }
                    if (seen) {
                        latencies.add(System.nanoTime() - acked);
                    } else {
                        timeouts.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        long[] all = new long[0];
        for (Future<List<Long>> f : futures) {
            long[] part = f.get().stream().mapToLong(Long::longValue).toArray();
            int offset = all.length;
            all = Arrays.copyOf(all, offset + part.length);
            System.arraycopy(part, 0, all, offset, part.length);
        }
        pool.shutdown();
        Arrays.sort(all);
        Window w = new Window(workers, all.length, timeouts.get(), 0, all);
        System.out.printf("%npush -> order visible (%d orders, %d at a time, polled every 20 ms): p50 %.0f ms, p95 %.0f ms,"
                + " max %.0f ms, not visible within 30 s: %d%n", count, workers, w.percentileMillis(50),
                w.percentileMillis(95), w.percentileMillis(100), timeouts.get());
    }

    // ---- crash drill --------------------------------------------------------------------------------

    private static void send() throws Exception {
        String url = opt("url", null);
        String key = opt("key", null);
        String prefix = opt("prefix", null);
        long shop = Long.parseLong(opt("shop", null));
        long time = Long.parseLong(opt("time", null));
        int from = Integer.parseInt(opt("from", "0"));
        int count = Integer.parseInt(opt("count", "500"));
        int concurrency = Integer.parseInt(opt("concurrency", "8"));
        long killPid = Long.parseLong(opt("kill-pid", "0"));
        int killAfter = Integer.parseInt(opt("kill-after", "0"));
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Map<String, String> outcome = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < from + count; ) {
                    String sn = orderSn(prefix, i);
                    String status = deliver(url, key, orderStatusPush(shop, sn, "READY_TO_SHIP", time));
                    outcome.put(sn, status);
                    if ("200".equals(status) && acknowledged.incrementAndGet() >= killAfter && killPid > 0
                            && killed.compareAndSet(false, true)) {
                        ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                        System.out.printf("kill -9 %d after %d acknowledged pushes%n", killPid, acknowledged.get());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        write(Path.of(opt("out", null)), outcome);
        summary("sent", outcome);
    }

    private static void resend() throws Exception {
        String url = opt("url", null);
        String key = opt("key", null);
        long shop = Long.parseLong(opt("shop", null));
        long time = Long.parseLong(opt("time", null));
        int concurrency = Integer.parseInt(opt("concurrency", "8"));
        long until = System.currentTimeMillis() + Integer.parseInt(opt("seconds", "120")) * 1000L;
        Map<String, String> outcome = new ConcurrentHashMap<>(read(Path.of(opt("in", null))));
        List<String> todo = outcome.entrySet().stream().filter(e -> !"200".equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < todo.size(); ) {
                    String sn = todo.get(i);
                    String status = "";
                    for (int attempt = 0; attempt < 20 && System.currentTimeMillis() < until; attempt++) {
                        status = deliver(url, key, orderStatusPush(shop, sn, "READY_TO_SHIP", time));
                        if ("200".equals(status)) {
                            break;
                        }
                        Thread.sleep(500L * (attempt + 1));
                    }
                    outcome.put(sn, "200".equals(status) ? "200-retried" : status);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        write(Path.of(opt("out", null)), outcome);
        System.out.printf("re-sent %d unacknowledged pushes%n", todo.size());
        summary("after re-sending", outcome);
    }

    /** One delivery; the HTTP status, or what went wrong on the wire (refused, reset, timeout). */
    private static String deliver(String url, String key, String body) {
        try {
            return Integer.toString(push(url, key, body).statusCode());
        } catch (java.net.ConnectException e) {
            return "refused";
        } catch (java.net.http.HttpTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return "io-error";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void summary(String what, Map<String, String> outcome) {
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        outcome.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
        System.out.printf("%s %d pushes: %s%n", what, outcome.size(), byStatus);
    }

    private static void write(Path file, Map<String, String> outcome) throws IOException {
        List<String> lines = outcome.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        Files.write(file, lines);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> outcome = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split(" ", 2);
            if (parts.length == 2) {
                outcome.put(parts[0], parts[1]);
            }
        }
        return outcome;
    }

    // ---- pushes and admin reads ---------------------------------------------------------------------

    static String orderSn(String prefix, int i) {
        return String.format("%s%06d", prefix, i);
    }

    /** The code-3 envelope, byte for byte as {@code FakeShopee.orderStatusPush} builds it. */
    static String orderStatusPush(long shopId, String orderSn, String status, long updateTime) {
        return "{\"data\":{\"items\":[],\"ordersn\":\"" + orderSn + "\",\"status\":\"" + status
                + "\",\"completed_scenario\":\"\",\"update_time\":" + updateTime + "},\"shop_id\":" + shopId
                + ",\"code\":3,\"timestamp\":" + updateTime + "}";
    }

    private static HttpResponse<Void> push(String url, String key, String body) throws IOException, InterruptedException {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", sign(key, url, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    }

    /** hex(HMAC-SHA256(pushKey, url + "|" + body)), as {@code FakeShopee.pushSignature}. */
    static String sign(String key, String url, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((url + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String url) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (TOKEN != null && !TOKEN.isBlank()) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = COUNT.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static String opt(String name, String fallback) {
        String value = options.getOrDefault(name, fallback);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + "=");
        }
        return value;
    }
}
