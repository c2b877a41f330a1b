package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.credential.MasterKey;
import com.exzentcg.platform.connector.shopee.credential.SecretBox;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import com.exzentcg.platform.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ops scripts, run as ops run them (wildfly-config/src/main/scripts, TCG_DB_* in the
 * environment), against the live test database while the server runs: backup.sh writes a dump,
 * restore.sh puts it into a brand-new database, and what was seeded through the API is there
 * unchanged, connector secrets included (they still open with the same master key).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final Path SCRIPTS = Path.of(System.getProperty("it.scripts.dir", "../wildfly-config/src/main/scripts"));
    private final String restored = TestDatabase.name() + "_restored";
    private final Http http = Http.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @AfterEach
    void dropRestored() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
    }

    @Test
    void aBackupRestoresIntoANewDatabaseWithOrdersStockAndSealedSecretsIntact() throws Exception {
        // Seed through the API: stock, an order that reserved some of it, a profile with secrets.
        Seed seed = new Seed(http);
        String location = seed.location();
        String sku = Seed.unique("BAK");
        seed.product("Backup test card", sku);
        seed.stock(sku, location, 7);
        Http.Reply order = http.post("/admin/orders", Json.createObjectBuilder().add("location_id", location)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", 2)))
                .build());
        assertEquals(201, order.status(), order.body());
        String orderId = order.json().getString("id");
        String partnerKey = "shpk" + HexFormat.of().formatHex(random(30));
        String pushKey = "push" + HexFormat.of().formatHex(random(30));
        long ids = 8_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        Http.Reply profile = http.post("/admin/connectors/shopee/profiles", Json.createObjectBuilder()
                .add("name", "Backup shop").add("environment", "live").add("region", "SG").add("partner_id", ids)
                .add("partner_key", partnerKey).add("push_partner_key", pushKey).add("shop_id", ids + 1).build());
        assertEquals(201, profile.status(), profile.body());
        String profileId = profile.json().getString("id");

        Path dir = Files.createTempDirectory(Path.of("target"), "backups");
        Result backup = run(List.of(SCRIPTS.resolve("backup.sh").toString(), "--dir", dir.toString(), "--keep", "1"),
                TestDatabase.name());
        assertEquals(0, backup.exit(), backup.output());
        Path dump = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.size(dump) > 0, backup.output());
        assertTrue(dump.getFileName().toString().matches("tcg-" + TestDatabase.name() + "-\\d{8}T\\d{6}Z\\.dump"), dump.toString());

        Result missing = run(List.of(SCRIPTS.resolve("restore.sh").toString(), dump.toString()), restored);
        assertEquals(1, missing.exit(), missing.output());
        assertTrue(missing.output().contains("does not exist"), missing.output());

        Result restore = run(List.of(SCRIPTS.resolve("restore.sh").toString(), "--create", dump.toString()), restored);
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("systemctl start tcg-platform"), restore.output());

        // Same rows, byte for byte, in the tables that matter most.
        for (String table : List.of("sales_order", "sales_order_line", "inventory_level", "stock_movement", "product_variant",
                "flyway_schema_history")) {
            assertEquals(rows(TestDatabase.name(), table), rows(restored, table), table);
        }
        assertTrue(rows(restored, "sales_order").stream().anyMatch(r -> r.contains(orderId)));
        try (Connection c = connect(restored); Statement s = c.createStatement();
             ResultSet level = s.executeQuery("SELECT l.stocked, l.reserved FROM inventory_level l JOIN product_variant v"
                     + " ON v.id = l.variant_id WHERE v.sku = '" + sku + "'")) {
            assertTrue(level.next());
            assertEquals(7, level.getInt(1));
            assertEquals(2, level.getInt(2));
        }

        // The sealed secrets came across and still open with the platform's master key.
        SecretBox box = new SecretBox(MasterKey.fromBase64(System.getProperty("it.secrets.key")),
                List.of(MasterKey.fromBase64(System.getProperty("it.secrets.previous-key"))));
        try (Connection c = connect(restored); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT partner_key_secret, push_partner_key_secret FROM shopee_profile WHERE id = '"
                     + profileId + "'")) {
            assertTrue(row.next(), "profile missing in the restored database");
            assertFalse(row.getString(1).contains(partnerKey), "stored in the clear");
            assertEquals(partnerKey, box.open(row.getString(1), "shopee_profile.partner_key:" + profileId));
            assertEquals(pushKey, box.open(row.getString(2), "shopee_profile.push_partner_key:" + profileId));
        }

        // A database that holds anything is refused, unless forced.
        Result again = run(List.of(SCRIPTS.resolve("restore.sh").toString(), dump.toString()), restored);
        assertEquals(1, again.exit(), again.output());
        assertTrue(again.output().contains("is not empty"), again.output());
        Result forced = run(List.of(SCRIPTS.resolve("restore.sh").toString(), "--force", dump.toString()), restored);
        assertEquals(0, forced.exit(), forced.output());
        assertEquals(rows(TestDatabase.name(), "sales_order"), rows(restored, "sales_order"));

        // Retention: --keep 1 leaves only the newest dump.
        Thread.sleep(1_100);
        Result second = run(List.of(SCRIPTS.resolve("backup.sh").toString(), "--dir", dir.toString(), "--keep", "1"),
                TestDatabase.name());
        assertEquals(0, second.exit(), second.output());
        try (var files = Files.list(dir)) {
            List<Path> dumps = files.toList();
            assertEquals(1, dumps.size(), dumps.toString());
            assertFalse(dumps.contains(dump), dumps.toString());
        }
    }

    @Test
    void theScriptsSayClearlyWhenTheClientToolsAreMissing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPTS.resolve("backup.sh").toString(), "--dir", "target/none")
                .redirectErrorStream(true);
        builder.environment().put("PATH", "/nonexistent");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, process.exitValue(), output);
        assertTrue(output.contains("'pg_dump' not found"), output);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, String database) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("TCG_DB_URL", TestDatabase.url().replaceAll("/[^/?]+(\\?|$)", "/" + database + "$1"));
        env.put("TCG_DB_USER", TestDatabase.user());
        env.put("TCG_DB_PASSWORD", TestDatabase.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static List<String> rows(String database, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t ORDER BY 1")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestDatabase.url().replaceAll("/[^/?]+(\\?|$)", "/" + database + "$1"),
                TestDatabase.user(), TestDatabase.password());
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.admin.url"), TestDatabase.user(),
                TestDatabase.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
