package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeOrder;
import com.exzentcg.platform.connector.shopee.fake.FakeOrderItem;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Http.StaffMember;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one database, as {@code ./platform cluster start 2} runs them: node 1 is the
 * Arquillian server, node 2 a second WildFly this class starts from the same provisioned server
 * with its own base directory, node name and port offset, the same environment and the built
 * EAR dropped into its deployments directory. Plain {@code standalone.xml}: sessions, locks,
 * the event queue and timer passes are coordinated through PostgreSQL only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterIT {

    private static final int OFFSET = Integer.getInteger("it.port.offset", 0) + 50;
    private static final String NODE1 = Http.BASE;
    private static final String NODE2 = "http://127.0.0.1:" + (8080 + OFFSET);
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration NODE2_START_TIMEOUT = Duration.ofSeconds(240);

    private static Process node2;
    private static Path node2Base;

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;
    private String profileId;
    private String webhookUrl;
    private String locationId;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeAll
    static void startSecondNode() throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        node2Base = Path.of(System.getProperty("server.base.dir")).getParent().resolve("cluster-node-2");
        deleteTree(node2Base);
        Path configuration = Files.createDirectories(node2Base.resolve("configuration"));
        // The provisioned configuration, not node 1's (which lists node 1's managed deployments).
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Path deployments = Files.createDirectories(node2Base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("ear.path")), deployments.resolve(Deployments.EAR_NAME));

        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.server.base.dir=" + node2Base,
                "-Djboss.node.name=node-2", "-Djboss.tx.node.id=node-2",
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dtcg.management.port=" + (9990 + OFFSET))
                .redirectErrorStream(true)
                .redirectOutput(node2Base.resolve("server.out").toFile());
        // The environment failsafe gives node 1 (database, PUBLIC_API_BASE_URL, secrets, timers) is
        // inherited as is; the script forwards TERM to the JVM when launched in the background.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m");
        node2 = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::killSecondNode));

        long deadline = System.nanoTime() + NODE2_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node2.isAlive()) {
                throw new AssertionError("node 2 exited with " + node2.exitValue() + "; see " + node2Base.resolve("server.out"));
            }
            if (Files.exists(deployments.resolve(Deployments.EAR_NAME + ".failed"))) {
                throw new AssertionError("node 2 deployment failed: "
                        + Files.readString(deployments.resolve(Deployments.EAR_NAME + ".failed")));
            }
            if (status(NODE2 + "/health/ready") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node 2 not ready within " + NODE2_START_TIMEOUT + "; see " + node2Base.resolve("server.out"));
    }

    @AfterAll
    static void stopSecondNode() {
        killSecondNode();
    }

    private static synchronized void killSecondNode() {
        if (node2 == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(node2.descendants().toList());
        tree.add(node2.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        node2 = null;
    }

    @BeforeEach
    void connectedActiveSandboxShop() {
        ShopeeFixture.ActiveShop shop = shopee.activeSandboxShop();
        profileId = shop.profileId();
        webhookUrl = shop.webhookUrl();
        locationId = shop.locationId();
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    @Test
    void aSessionStartedOnOneNodeWorksAndEndsOnTheOther() {
        StaffMember viewer = Http.newStaff("viewer");
        Http.Reply me = viewer.http().get(NODE2 + "/admin/auth/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(viewer.id(), me.json().getString("id"));

        assertEquals(204, viewer.http().post(NODE2 + "/admin/auth/logout", "").status());
        assertEquals(401, viewer.http().get(NODE1 + "/admin/auth/me").status(), "logged out on node 2 means everywhere");
    }

    @Test
    void pushesSpreadOverBothNodesGiveEachOrderOnceWithExactReservations() throws Exception {
        int orders = 12;
        String sku = seedVariant(100);
        long t = Instant.now().getEpochSecond();
        List<String> sns = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < orders; i++) {
            String sn = "SN" + unique(10);
            int quantity = 1 + i % 3;
            shopee.fake.putOrder(shopeeOrder(sn, sku, quantity));
            sns.add(sn);
            units += quantity;
        }
        // Each order's push goes to one node, and Shopee's redelivery of it to the other, all at once.
        String path = webhookUrl.substring(webhookUrl.indexOf("/connectors/"));
        List<Callable<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            byte[] body = FakeShopee.orderStatusPush(shopee.shopId, sns.get(i), "READY_TO_SHIP", t).getBytes(StandardCharsets.UTF_8);
            String first = (i % 2 == 0 ? NODE1 : NODE2) + path;
            String second = (i % 2 == 0 ? NODE2 : NODE1) + path;
            deliveries.add(() -> push(first, body));
            deliveries.add(() -> push(second, body));
        }
        for (Integer status : race(deliveries)) {
            assertEquals(200, status);
        }

        for (String sn : sns) {
            await("order " + sn + " placed", () -> platformOrder(sn).filter(o -> "placed".equals(o.getString("status"))));
        }
        for (String sn : sns) {
            assertEquals(1, http.get("/admin/orders?channel=shopee&q=" + sn).json().getInt("count"), sn);
            assertEquals(1, eventsOf(sn).size(), "one stored event per push body for " + sn);
        }
        JsonObject level = http.get("/admin/inventory/levels?sku=" + sku + "&location_id=" + locationId).json()
                .getJsonArray("levels").getJsonObject(0);
        assertEquals(units, level.getInt("reserved"));
        assertEquals(100, level.getInt("stocked"));
        long reservations = http.get("/admin/inventory/movements?limit=500&sku=" + sku).json().getJsonArray("movements")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("kind").toLowerCase().contains("reserv")).count();
        assertEquals(orders, reservations);
    }

    @Test
    void refreshButtonsPressedOnBothNodesAtOnceRefreshTheTokenOnce() throws Exception {
        int before = shopee.fake.refreshCalls();
        String path = ShopeeFixture.PROFILES + "/" + profileId + "/refresh-token";
        List<Callable<String>> presses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String node = i % 2 == 0 ? NODE1 : NODE2;
            presses.add(() -> {
                Http.Reply reply = http.post(node + path, "");
                assertEquals(200, reply.status(), reply.body());
                return reply.json().getString("outcome");
            });
        }
        List<String> outcomes = race(presses);
        assertEquals(1, shopee.fake.refreshCalls() - before, outcomes.toString());
        assertEquals(1, outcomes.stream().filter("refreshed"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().allMatch(o -> o.equals("refreshed") || o.equals("already_refreshed")), outcomes.toString());
        try (var db = com.exzentcg.platform.it.TestDatabase.connect();
             var q = db.prepareStatement("SELECT refresh_count FROM shopee_profile WHERE id = ?")) {
            q.setString(1, profileId);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void aLostPushSweptByBothNodesAtOnceIsStoredOnce() throws Exception {
        String sku = seedVariant(5);
        String sn = "SN" + unique(10);
        shopee.fake.putOrder(shopeeOrder(sn, sku, 1));
        shopee.fake.addLostPush(FakeShopee.orderStatusPush(shopee.shopId, sn, "READY_TO_SHIP", Instant.now().getEpochSecond()));
        String path = "/admin/connectors/shopee/reconcile?kind=lost_push";
        List<Callable<Integer>> sweeps = List.of(() -> sweep(NODE1 + path), () -> sweep(NODE2 + path));
        int stored = race(sweeps).stream().mapToInt(Integer::intValue).sum();
        // 1, or 0 when a node's own lost-push timer got there first: never 2.
        assertTrue(stored <= 1, "stored " + stored);
        await("lost push stored", () -> Optional.of(eventsOf(sn)).filter(e -> !e.isEmpty()));
        assertEquals(1, eventsOf(sn).size());
        assertEquals(0, shopee.fake.unconfirmedLostPushes());
        await("order " + sn + " placed", () -> platformOrder(sn).filter(o -> "placed".equals(o.getString("status"))));
        assertEquals(1, http.get("/admin/orders?channel=shopee&q=" + sn).json().getInt("count"));
    }

    private int sweep(String url) {
        Http.Reply reply = http.post(url, "");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("stored");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A push signed as Shopee signs it: over the profile's webhook URL, whichever node receives it. */
    private int push(String nodeUrl, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(nodeUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", FakeShopee.pushSignature(shopee.pushKey, webhookUrl, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return RAW.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int status(String url) {
        try {
            return RAW.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String seedVariant(int stock) {
        return shopee.seedVariant(locationId, "pokemon", stock);
    }

    private FakeOrder shopeeOrder(String orderSn, String sku, int quantity) {
        long now = Instant.now().getEpochSecond();
        return FakeOrder.of(shopee.shopId, orderSn, "READY_TO_SHIP", now - 60).withStatus("READY_TO_SHIP", now)
                .withTotal("SGD", new BigDecimal("12.50").multiply(BigDecimal.valueOf(quantity)))
                .withItem(new FakeOrderItem(9001, "", 9101, sku, quantity, new BigDecimal("12.50"), new BigDecimal("12.50")));
    }

    private Optional<JsonObject> platformOrder(String orderSn) {
        return http.get("/admin/orders?channel=shopee&env=sandbox&q=" + orderSn).json().getJsonArray("orders")
                .getValuesAs(JsonObject.class).stream().filter(o -> orderSn.equals(o.getString("external_ref", null))).findFirst();
    }

    private List<JsonObject> eventsOf(String orderSn) {
        return http.get("/admin/connectors/shopee/events?limit=500").json().getJsonArray("events")
                .getValuesAs(JsonObject.class).stream().filter(e -> orderSn.equals(e.getString("order_sn", null))).toList();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        return Await.until(what, probe);
    }

    private static String unique(int length) {
        return ShopeeFixture.unique(length);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
