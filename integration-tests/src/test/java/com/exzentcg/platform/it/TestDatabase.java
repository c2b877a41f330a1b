package com.exzentcg.platform.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run a brand-new PostgreSQL database before WildFly starts (the server's
 * datasource points at it through TCG_DB_URL) and drops it when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

    public static String name() {
        return System.getProperty("it.db.name", "tcg_it");
    }

    public static String url() {
        return System.getProperty("it.db.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres")
                .replaceAll("/[^/?]+(\\?|$)", "/" + name() + "$1");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        admin("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
        admin("CREATE DATABASE " + name());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!Boolean.getBoolean("it.db.keep")) {
            admin("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.admin.url",
                "jdbc:postgresql://127.0.0.1:5432/postgres"), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + name() + ": " + e.getMessage(), e);
        }
    }

    public static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("it.db.password", "postgres");
    }
}
