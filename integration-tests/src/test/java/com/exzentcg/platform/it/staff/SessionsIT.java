package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.migration.SchemaMigrator;
import com.exzentcg.platform.staff.Caller;
import com.exzentcg.platform.staff.Credentials;
import com.exzentcg.platform.staff.NewStaffUser;
import com.exzentcg.platform.staff.Sessions;
import com.exzentcg.platform.staff.SignedIn;
import com.exzentcg.platform.staff.Staff;
import com.exzentcg.platform.staff.StaffRole;
import com.exzentcg.platform.staff.StaffUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The session boundary inside WildFly: sliding and hard expiry, lock expiry, hashed storage. */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final String PASSWORD = "sessions-it-password";
    private static final Caller OWNER = new Caller("user_it_owner", "owner@it.tcg.test", StaffRole.OWNER, false, "sess_it");

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(SessionsIT.class);
    }

    @EJB
    Sessions sessions;

    @EJB
    Staff staff;

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    private StaffUser newUser() {
        return staff.create(OWNER, new NewStaffUser("sess-" + UUID.randomUUID().toString().substring(0, 8)
                + "@it.tcg.test", null, "viewer", PASSWORD));
    }

    @Test
    void onlyTheTokensHashIsStored() throws SQLException {
        StaffUser user = newUser();
        SignedIn signedIn = sessions.login(new Credentials(user.email(), PASSWORD));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT token_hash FROM staff_session WHERE user_id = ?")) {
            s.setString(1, user.id());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(rs.getString(1).contains(signedIn.token()));
                assertEquals(64, rs.getString(1).length());
            }
        }
    }

    @Test
    void useSlidesTheExpiryButAnExpiredSessionIsDead() throws SQLException {
        StaffUser user = newUser();
        SignedIn signedIn = sessions.login(new Credentials(user.email(), PASSWORD));
        sql("UPDATE staff_session SET last_seen_at = now() - interval '2 hours', expires_at = now() + interval '1 hour' "
                + "WHERE user_id = ?", user.id());
        assertTrue(sessions.authenticate(signedIn.token()).isPresent());
        OffsetDateTime slid = expiresAt(user.id());
        assertTrue(slid.isAfter(OffsetDateTime.now().plusHours(23)), slid.toString());

        sql("UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE user_id = ?", user.id());
        assertTrue(sessions.authenticate(signedIn.token()).isEmpty());
    }

    @Test
    void aLockExpiresAndTheCountStartsAgain() throws SQLException {
        StaffUser user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThrows(PlatformException.class, () -> sessions.login(new Credentials(user.email(), "wrong-password!")));
        }
        PlatformException locked = assertThrows(PlatformException.class,
                () -> sessions.login(new Credentials(user.email(), PASSWORD)));
        assertEquals(ErrorType.UNAUTHORIZED, locked.type());
        assertEquals(Sessions.LOGIN_FAILED, locked.getMessage());

        sql("UPDATE staff_user SET locked_until = now() - interval '1 second' WHERE id = ?", user.id());
        assertThrows(PlatformException.class, () -> sessions.login(new Credentials(user.email(), "wrong-password!")));
        assertTrue(sessions.login(new Credentials(user.email(), PASSWORD)).token().length() >= 43,
                "one failure after an expired lock does not lock again");
    }

    private OffsetDateTime expiresAt(String userId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT expires_at FROM staff_session WHERE user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private void sql(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            s.executeUpdate();
        }
    }
}
