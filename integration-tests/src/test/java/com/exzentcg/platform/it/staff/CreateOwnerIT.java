package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.TestDatabase;
import com.exzentcg.platform.staff.bootstrap.CreateOwner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bootstrap command ({@code ./platform create-owner}) and the forced first password change. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreateOwnerIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static String email() {
        return "boot-" + UUID.randomUUID().toString().substring(0, 8) + "@it.tcg.test";
    }

    @Test
    void onAFreshDatabaseItMigratesCreatesOneOwnerAndThenRefuses() throws SQLException {
        String fresh = TestDatabase.name() + "_bootstrap";
        String url = TestDatabase.url().replace("/" + TestDatabase.name(), "/" + fresh);
        admin("DROP DATABASE IF EXISTS " + fresh + " WITH (FORCE)");
        admin("CREATE DATABASE " + fresh);
        try {
            String password = Http.newPassword();
            CreateOwner.Result result = CreateOwner.run(url, TestDatabase.user(), TestDatabase.password(),
                    email(), password.toCharArray(), false);
            assertTrue(result.userId().startsWith("user_"));
            try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT role, must_change_password, password_hash FROM staff_user")) {
                assertTrue(rs.next());
                assertEquals("OWNER", rs.getString(1));
                assertTrue(rs.getBoolean(2));
                assertTrue(rs.getString(3).startsWith("pbkdf2-sha256:"), "hashed, self-describing");
                assertFalse(rs.getString(3).contains(password));
                assertFalse(rs.next());
            }
            CreateOwner.Refused refused = assertThrows(CreateOwner.Refused.class, () -> CreateOwner.run(url,
                    TestDatabase.user(), TestDatabase.password(), email(), Http.newPassword().toCharArray(), false));
            assertTrue(refused.getMessage().contains("owner already exists"), refused.getMessage());
        } finally {
            admin("DROP DATABASE IF EXISTS " + fresh + " WITH (FORCE)");
        }
    }

    @Test
    void theBootstrapOwnerMustRotateThePasswordBeforeAnythingElse() throws SQLException {
        Http.admin().get("/admin/auth/me"); // an owner exists
        String email = email();
        String password = Http.newPassword();
        assertThrows(CreateOwner.Refused.class, () -> CreateOwner.run(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password(), email, password.toCharArray(), false));
        CreateOwner.run(TestDatabase.url(), TestDatabase.user(), TestDatabase.password(), email,
                password.toCharArray(), true);

        Http.Reply login = Http.login(email, password);
        assertEquals(200, login.status(), login.body());
        assertTrue(login.json().getJsonObject("user").getBoolean("must_change_password"));
        assertEquals("owner", login.json().getJsonObject("user").getString("role"));
        Http.StaffMember bootstrap = new Http.StaffMember(login.json().getJsonObject("user").getString("id"), email,
                password, new Http().as(login.json().getString("token")));

        for (String path : new String[] {"/admin/stock-locations", "/admin/staff", "/admin/audit-log"}) {
            Http.Reply blocked = bootstrap.http().get(path);
            assertEquals(403, blocked.status(), path + " " + blocked.body());
            assertEquals("forbidden", blocked.json().getString("type"));
            assertTrue(blocked.json().getString("message").contains("Password change required"), blocked.body());
        }
        assertEquals(200, bootstrap.http().get("/admin/auth/me").status());

        Http.StaffMember rotated = bootstrap.rotatePassword();
        assertEquals(200, rotated.http().get("/admin/staff").status());
        assertEquals(401, bootstrap.http().get("/admin/auth/me").status(), "the bootstrap session ends with it");
    }

    @Test
    void forceResetsAnExistingUserToAnActiveOwner() throws SQLException {
        Http.StaffMember locked = Http.newStaff("viewer");
        assertEquals(200, Http.admin().delete("/admin/staff/" + locked.id()).status());
        String password = Http.newPassword();
        CreateOwner.Result result = CreateOwner.run(TestDatabase.url(), TestDatabase.user(), TestDatabase.password(),
                locked.email(), password.toCharArray(), true);
        assertTrue(result.reset());
        assertEquals(locked.id(), result.userId());
        Http.Reply login = Http.login(locked.email(), password);
        assertEquals(200, login.status(), login.body());
        assertEquals("owner", login.json().getJsonObject("user").getString("role"));
        assertTrue(login.json().getJsonObject("user").getBoolean("must_change_password"));
    }

    @Test
    void weakPasswordsAndBadEmailsAreRefused() {
        assertThrows(CreateOwner.Refused.class, () -> CreateOwner.run(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password(), email(), "short".toCharArray(), true));
        assertThrows(CreateOwner.Refused.class, () -> CreateOwner.run(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password(), "not-an-email", Http.newPassword().toCharArray(), true));
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.admin.url",
                "jdbc:postgresql://127.0.0.1:5432/postgres"), TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
