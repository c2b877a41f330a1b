package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Upgrades as ops run them (RUNBOOK "Upgrades"), proved from the test JVM with plain JDBC and the
 * real Flyway scripts on scratch databases: an older release's schema with its rows is brought to
 * the current version by applying only the newer scripts, a second run is a no-op, and a broken
 * script fails naming itself while PostgreSQL's transactional DDL leaves the schema as it was.
 */
class UpgradeIT {

    /** The version the "previous release" shipped (connector exceptions, before the order pipeline). */
    private static final String PREVIOUS = "41";
    private static final Path SCRIPTS = Path.of("..", "sql", "db", "migration").toAbsolutePath().normalize();
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final List<String> SCRATCH = new ArrayList<>();

    @AfterAll
    static void dropScratchDatabases() {
        for (String db : SCRATCH) {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    @Test
    void anOlderSchemaWithItsRowsIsUpgradedByTheNewerScriptsOnly() throws Exception {
        String url = scratchDatabase();
        MigrateResult old = flyway(url, SCRIPTS, PREVIOUS).migrate();
        assertEquals(PREVIOUS, old.targetSchemaVersion);

        // Rows as the previous release wrote them.
        String locationId = "loc_" + UUID.randomUUID();
        String userId = "usr_" + UUID.randomUUID();
        String profileId = "shp_" + UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO stock_location (id, code, name, location_type, created_at, updated_at) VALUES ('"
                    + locationId + "', 'MAIN', 'Main shelf', 'WAREHOUSE', now(), now())");
            s.executeUpdate("INSERT INTO staff_user (id, email, name, role, password_hash, created_at, updated_at) VALUES ('"
                    + userId + "', 'owner@upgrade.test', 'Owner', 'OWNER', 'pbkdf2-sha256:210000:c2FsdA:aGFzaA', now(), now())");
            s.executeUpdate("INSERT INTO shopee_profile (id, name, environment, region, partner_id, shop_id, default_location_id, "
                    + "active, created_at, updated_at) VALUES ('" + profileId + "', 'Old shop', 'sandbox', 'SG', 1001, 2002, '"
                    + locationId + "', true, now(), now())");
        }

        List<Integer> newer = scriptVersions().stream().filter(v -> v > Integer.parseInt(PREVIOUS)).toList();
        assertFalse(newer.isEmpty(), "there are migrations newer than V" + PREVIOUS);
        MigrateResult upgrade = flyway(url, SCRIPTS, null).migrate();
        assertEquals(newer.size(), upgrade.migrationsExecuted);
        assertEquals(PREVIOUS, upgrade.initialSchemaVersion);
        assertEquals(String.valueOf(latest()), upgrade.targetSchemaVersion);
        assertEquals(newer.stream().map(String::valueOf).toList(),
                upgrade.migrations.stream().map(m -> m.version).toList(), "only the newer scripts ran, in order");

        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            assertEquals("Main shelf", single(s, "SELECT name FROM stock_location WHERE id = '" + locationId + "'"));
            assertEquals("owner@upgrade.test", single(s, "SELECT email FROM staff_user WHERE id = '" + userId + "'"));
            assertEquals(locationId, single(s, "SELECT default_location_id FROM shopee_profile WHERE id = '" + profileId + "'"));
            assertEquals("0", single(s, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
        }

        MigrateResult again = flyway(url, SCRIPTS, null).migrate();
        assertEquals(0, again.migrationsExecuted, "a second run is a no-op");
        assertEquals(String.valueOf(latest()), flyway(url, SCRIPTS, null).info().current().getVersion().getVersion());
    }

    @Test
    void aBrokenMigrationFailsNamingItselfAndLeavesTheSchemaAsItWas() throws Exception {
        String url = scratchDatabase();
        Path scripts = Files.createTempDirectory("tcg-upgrade-broken");
        try {
            try (Stream<Path> real = Files.list(SCRIPTS)) {
                for (Path p : real.toList()) {
                    Files.copy(p, scripts.resolve(p.getFileName()));
                }
            }
            Files.writeString(scripts.resolve("V9000__broken.sql"),
                    "CREATE TABLE upgrade_half_done (id text PRIMARY KEY);\n"
                            + "INSERT INTO no_such_table_anywhere (id) VALUES ('x');\n");
            // The release before the broken one is fully applied first.
            assertEquals(scriptVersions().size(), flyway(url, SCRIPTS, null).migrate().migrationsExecuted);

            FlywayException failure = assertThrows(FlywayException.class, () -> flyway(url, scripts, null).migrate());
            assertTrue(failure.getMessage().contains("V9000__broken.sql"), failure.getMessage());
            assertTrue(failure.getMessage().contains("no_such_table_anywhere"), failure.getMessage());

            try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                 Statement s = c.createStatement()) {
                assertEquals(null, single(s, "SELECT to_regclass('public.upgrade_half_done')::text"),
                        "the broken script's first statement was rolled back with it");
                assertEquals("0", single(s, "SELECT count(*) FROM flyway_schema_history WHERE version = '9000'"));
            }
            var current = flyway(url, SCRIPTS, null).info().current();
            assertNotNull(current);
            assertEquals(String.valueOf(latest()), current.getVersion().getVersion(), "still the last good migration");
            // The previous release still starts on it: nothing pending, nothing failed.
            assertEquals(0, flyway(url, SCRIPTS, null).migrate().migrationsExecuted);
        } finally {
            try (Stream<Path> files = Files.walk(scripts)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Flyway flyway(String url, Path scripts, String target) {
        var config = Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("filesystem:" + scripts).failOnMissingLocations(true);
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private static List<Integer> scriptVersions() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.map(p -> VERSIONED.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
    }

    private static int latest() throws IOException {
        List<Integer> versions = scriptVersions();
        return versions.get(versions.size() - 1);
    }

    private static String scratchDatabase() {
        String name = TestDatabase.name() + "_upgrade_" + SCRATCH.size();
        SCRATCH.add(name);
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
        return TestDatabase.url().replace("/" + TestDatabase.name(), "/" + name);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.admin.url"), TestDatabase.user(),
                TestDatabase.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
