package com.exzentcg.platform.staff.bootstrap;

import com.exzentcg.platform.platform.id.Ids;
import com.exzentcg.platform.staff.PasswordHasher;
import com.exzentcg.platform.staff.StaffUser;
import java.io.Console;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Creates the first owner of a fresh install (what {@code medusa user --email … --password …}
 * did). Applies the Flyway migrations first, so it works before the server ever started. The
 * owner must change the password at first login: it has been typed on a command line.
 *
 * <pre>java -cp … com.exzentcg.platform.staff.bootstrap.CreateOwner --email E [--password P] [--force]</pre>
 *
 * Without {@code --password} the password is read from the console without echo. An existing
 * owner makes the command refuse unless {@code --force}, which adds another owner or, for an
 * existing email, resets that user to an active owner with the new password (recovery when the
 * only owner is locked out).
 */
public final class CreateOwner {

    /** The outcome, for callers that run it in-process (tests). */
    public record Result(String userId, String email, boolean reset) {
    }

    /** A refusal the operator can act on; its message is printed as is. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Held so the level sticks: Flyway's INFO lines would bury the one line the operator needs. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private CreateOwner() {
    }

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        try {
            Map<String, String> env = System.getenv();
            Options options = Options.parse(args);
            char[] password = options.password != null ? options.password.toCharArray() : prompt();
            Result result = run(env.getOrDefault("TCG_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tcg"),
                    env.getOrDefault("TCG_DB_USER", "postgres"), env.getOrDefault("TCG_DB_PASSWORD", "postgres"),
                    options.email, password, options.force);
            Arrays.fill(password, '\0');
            System.out.println((result.reset() ? "Reset " : "Created ") + "owner " + result.userId() + " <"
                    + result.email() + ">; the password must be changed at first login (POST /admin/auth/password).");
        } catch (Refused e) {
            System.err.println("create-owner: " + e.getMessage());
            System.exit(1);
        } catch (SQLException e) {
            // SQL state and message only: the JDBC URL can carry credentials.
            System.err.println("create-owner: database error " + e.getSQLState() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    public static Result run(String dbUrl, String dbUser, String dbPassword, String email, char[] password,
            boolean force) throws SQLException {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new Refused("--email must be an email address");
        }
        String weakness = PasswordHasher.weakness(password == null ? null : new String(password));
        if (weakness != null) {
            throw new Refused("--password " + weakness);
        }
        migrate(dbUrl, dbUser, dbPassword);
        // Same rule as StaffUser.normaliseEmail, without loading the JPA entity outside the server.
        String normalised = email.trim().toLowerCase(java.util.Locale.ROOT);
        String hash = new PasswordHasher().hash(password);
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            c.setAutoCommit(false);
            try {
                // Two bootstrap runs at once must not both see "no owner yet".
                execute(c, "SELECT pg_advisory_xact_lock(hashtext('tcg.staff.create-owner'))");
                long owners = count(c, "SELECT count(*) FROM staff_user WHERE role = 'OWNER' AND active", null);
                String existingId = existingId(c, normalised);
                if (owners > 0 && !force) {
                    throw new Refused("an owner already exists; use --force to add another owner "
                            + "(or to reset an existing user to owner)");
                }
                Result result;
                if (existingId != null) {
                    if (!force) {
                        throw new Refused("a staff user with email " + normalised + " exists; use --force to reset it");
                    }
                    update(c, existingId, hash);
                    result = new Result(existingId, normalised, true);
                } else {
                    result = new Result(insert(c, normalised, hash), normalised, false);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure(CreateOwner.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static String insert(Connection c, String email, String hash) throws SQLException {
        String id = Ids.next(StaffUser.ID_PREFIX);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO staff_user (id, email, name, role, password_hash, active, must_change_password,
                                        failed_logins, created_at, updated_at, version)
                VALUES (?, ?, 'Owner', 'OWNER', ?, true, true, 0, now(), now(), 1)""")) {
            s.setString(1, id);
            s.setString(2, email);
            s.setString(3, hash);
            s.executeUpdate();
        }
        return id;
    }

    private static void update(Connection c, String id, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE staff_user SET role = 'OWNER', active = true, must_change_password = true,
                       password_hash = ?, failed_logins = 0, locked_until = NULL,
                       password_changed_at = now(), updated_at = now(), version = version + 1
                WHERE id = ?""")) {
            s.setString(1, hash);
            s.setString(2, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE staff_session SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private static String existingId(Connection c, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM staff_user WHERE lower(email) = ?")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static char[] prompt() {
        Console console = System.console();
        if (console == null) {
            throw new Refused("--password is required when no terminal is attached");
        }
        char[] first = console.readPassword("Password for the new owner (min %d characters): ", PasswordHasher.MIN_LENGTH);
        char[] again = console.readPassword("Repeat it: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new Refused("the passwords do not match");
        }
        return first;
    }

    private record Options(String email, String password, boolean force) {
        static Options parse(String[] args) {
            String email = null;
            String password = null;
            boolean force = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--email" -> email = value(args, ++i, "--email");
                    case "--password" -> password = value(args, ++i, "--password");
                    case "--force" -> force = true;
                    default -> throw new Refused("unknown argument " + args[i]
                            + "; usage: create-owner --email E [--password P] [--force]");
                }
            }
            if (email == null) {
                throw new Refused("--email is required; usage: create-owner --email E [--password P] [--force]");
            }
            return new Options(email, password, force);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new Refused(name + " needs a value");
            }
            return args[i];
        }

        @Override
        public String toString() {
            return "Options[email=" + email + ", force=" + force + "]";
        }
    }
}
