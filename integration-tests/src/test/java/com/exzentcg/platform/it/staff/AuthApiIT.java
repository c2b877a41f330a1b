package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Http.StaffMember;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /admin/auth}: login, sessions, logout, password change, lockout and the cookie carrier. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void loginAnswersAnOpaqueTokenItsExpiryAndTheUser() {
        StaffMember member = Http.newStaff("viewer");
        Http.Reply reply = Http.login(member.email().toUpperCase(), member.password());
        assertEquals(200, reply.status(), reply.body());
        JsonObject body = reply.json();
        String token = body.getString("token");
        assertTrue(Base64.getUrlDecoder().decode(token).length >= 32, "token must carry at least 256 bits");
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(body.getString("expires_at")));
        assertTrue(lifetime.compareTo(Duration.ofHours(23)) > 0 && lifetime.compareTo(Duration.ofHours(25)) < 0,
                lifetime.toString());
        JsonObject user = body.getJsonObject("user");
        assertEquals(member.id(), user.getString("id"));
        assertEquals(member.email(), user.getString("email"));
        assertEquals("viewer", user.getString("role"));
        assertFalse(user.getBoolean("must_change_password"));
        assertFalse(reply.body().contains(member.password()));
        assertFalse(reply.body().contains("password_hash"));
        Http.Reply me = new Http().as(token).get("/admin/auth/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(member.id(), me.json().getString("id"));
    }

    @Test
    void everyLoginFailureLooksTheSame() {
        StaffMember member = Http.newStaff("viewer");
        StaffMember inactive = Http.newStaff("viewer");
        assertEquals(200, Http.admin().delete("/admin/staff/" + inactive.id()).status());

        Http.Reply wrongPassword = Http.login(member.email(), "not-the-password-at-all");
        Http.Reply unknownEmail = Http.login("nobody-" + member.email(), "not-the-password-at-all");
        Http.Reply deactivated = Http.login(inactive.email(), inactive.password());
        for (Http.Reply reply : List.of(wrongPassword, unknownEmail, deactivated)) {
            assertEquals(401, reply.status(), reply.body());
            assertEquals(wrongPassword.body(), reply.body());
        }
        assertEquals("unauthorized", wrongPassword.json().getString("type"));
    }

    @Test
    void newStaffMustChangeTheirPasswordBeforeAnythingElse() {
        StaffMember member = Http.createStaff("admin");
        Http.Reply blocked = member.http().get("/admin/stock-locations");
        assertEquals(403, blocked.status(), blocked.body());
        assertTrue(blocked.json().getString("message").contains("Password change required"), blocked.body());
        assertEquals(200, member.http().get("/admin/auth/me").status());
        assertTrue(member.http().get("/admin/auth/me").json().getBoolean("must_change_password"));

        StaffMember rotated = member.rotatePassword();
        assertEquals(200, rotated.http().get("/admin/stock-locations").status());
        assertFalse(rotated.http().get("/admin/auth/me").json().getBoolean("must_change_password"));
    }

    @Test
    void logoutRevokesTheToken() {
        StaffMember member = Http.newStaff("operator");
        assertEquals(200, member.http().get("/admin/auth/me").status());
        Http.Reply logout = member.http().post("/admin/auth/logout", "");
        assertEquals(204, logout.status(), logout.body());
        assertTrue(logout.header("Set-Cookie").contains("Max-Age=0"), logout.header("Set-Cookie"));
        Http.Reply after = member.http().get("/admin/auth/me");
        assertEquals(401, after.status());
        assertEquals("unauthorized", after.json().getString("type"));
    }

    @Test
    void passwordChangeRevokesEverySessionAndHandsOutANewOne() {
        StaffMember member = Http.newStaff("viewer");
        Http otherDevice = new Http().as(Http.login(member.email(), member.password()).json().getString("token"));
        assertEquals(200, otherDevice.get("/admin/auth/me").status());

        StaffMember rotated = member.rotatePassword();
        assertEquals(401, member.http().get("/admin/auth/me").status());
        assertEquals(401, otherDevice.get("/admin/auth/me").status());
        assertEquals(200, rotated.http().get("/admin/auth/me").status());
        assertEquals(401, Http.login(member.email(), member.password()).status());
        assertEquals(200, Http.login(member.email(), rotated.password()).status());
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndTheNewOnesLength() {
        StaffMember member = Http.newStaff("viewer");
        Http.Reply wrongCurrent = member.http().post("/admin/auth/password", Json.createObjectBuilder()
                .add("current_password", "wrong-password-xyz").add("new_password", Http.newPassword()).build());
        assertEquals(400, wrongCurrent.status(), wrongCurrent.body());
        assertEquals("current_password", wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply tooShort = member.http().post("/admin/auth/password", Json.createObjectBuilder()
                .add("current_password", member.password()).add("new_password", "short").build());
        assertEquals(400, tooShort.status(), tooShort.body());
        assertEquals("new_password", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply same = member.http().post("/admin/auth/password", Json.createObjectBuilder()
                .add("current_password", member.password()).add("new_password", member.password()).build());
        assertEquals(400, same.status(), same.body());
        assertFalse(same.body().contains(member.password()));
        assertEquals(200, member.http().get("/admin/auth/me").status(), "a refused change keeps the session");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenWhenTheyArriveTogether() throws Exception {
        StaffMember member = Http.newStaff("viewer");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                guesses.add(() -> Http.login(member.email(), "wrong-guess-" + Math.random()).status());
            }
            for (Future<Integer> f : pool.invokeAll(guesses)) {
                assertEquals(401, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Http.Reply locked = Http.login(member.email(), member.password());
        assertEquals(401, locked.status(), "the right password must not open a locked account");
        assertEquals(Http.login("nobody-" + member.email(), member.password()).body(), locked.body(),
                "a locked account answers like any failed login");
        assertTrue(Http.admin().get("/admin/staff/" + member.id()).json().getBoolean("locked"));
        assertEquals(200, member.http().get("/admin/auth/me").status(), "existing sessions are not the attacker's");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureSameSiteAndWorksWithoutTheHeader() {
        StaffMember member = Http.newStaff("viewer");
        Http.Reply login = Http.login(member.email(), member.password());
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie.startsWith("tcg_session=" + login.json().getString("token")), setCookie);
        for (String attribute : List.of("HttpOnly", "Secure", "SameSite=Strict", "Path=/admin")) {
            assertTrue(setCookie.contains(attribute), setCookie);
        }
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Http.Reply me = Http.withCookie(cookie).get("/admin/auth/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(member.id(), me.json().getString("id"));
    }

    @Test
    void aBadBearerHeaderWinsOverAGoodCookie() {
        StaffMember member = Http.newStaff("viewer");
        String cookie = "tcg_session=" + member.token();
        Http both = Http.withCookie(cookie).as("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Http.Reply reply = both.send("GET", "/admin/auth/me", null, null);
        assertEquals(401, reply.status());
        assertNotEquals(null, reply.header("WWW-Authenticate"));
    }
}
