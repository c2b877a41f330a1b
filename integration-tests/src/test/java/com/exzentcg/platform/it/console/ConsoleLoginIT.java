package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Signing in (with the forced first password change), the home summary, and signing out. */
class ConsoleLoginIT extends ConsoleTest {

    @Test
    void wrongPasswordIsRefusedOnTheForm() {
        Http.StaffMember staff = Http.newStaff("viewer");
        console.login(staff.email(), "not-the-password");
        String message = console.waitFor("[data-form=login] .error-banner").getText();
        assertTrue(message.toLowerCase().contains("invalid") || message.toLowerCase().contains("password"), message);
        console.screenshot("login");
    }

    @Test
    void aNewAccountMustChooseItsPasswordBeforeAnythingElse() {
        Http.StaffMember fresh = Http.createStaff("operator");
        console.login(fresh.email(), fresh.password());
        console.waitFor("[data-form=password]");
        assertTrue(console.all("[data-nav]").isEmpty(), "no navigation before the password is changed");

        String next = Http.newPassword();
        console.type("input[name=current_password]", fresh.password())
                .type("input[name=new_password]", next)
                .type("input[name=confirm]", next + "x")
                .click("[data-form=password] button[type=submit]");
        console.waitForText("[data-field-error=confirm]", "must match");

        console.type("input[name=confirm]", next).click("[data-form=password] button[type=submit]");
        console.waitForText("[data-user-email]", fresh.email());
        assertEquals(200, Http.login(fresh.email(), next).status(), "the new password is the one that works");
        assertEquals(401, Http.login(fresh.email(), fresh.password()).status());
    }

    @Test
    void homeShowsTheActiveEnvironmentsCountsAndCanWidenToAll() {
        Http.StaffMember operator = Http.newStaff("operator");
        console.loginAs(operator);
        JsonObject active = Http.admin().get("/admin/dashboard/summary").json();
        JsonObject all = Http.admin().get("/admin/dashboard/summary?env=all").json();

        console.waitFor("[data-summary-scope=" + active.getString("env_filter") + "]");
        assertEquals(count(active.getJsonObject("orders").getInt("total")), cardValue("orders"));
        assertEquals(count(active.getInt("open_exceptions")), cardValue("open_exceptions"));
        assertEquals(active.getString("active_environment"), console.text("[data-env-pill]").toLowerCase());
        console.screenshot("home");

        console.click("[data-scope=all]");
        console.waitFor("[data-summary-scope=all]");
        assertEquals(count(all.getJsonObject("orders").getInt("total")), cardValue("orders"));
        assertTrue(console.currentUrl().endsWith("/app/?env=all"), console.currentUrl());

        console.click("[data-card=open_exceptions]");
        console.waitForUrl("/app/exceptions?status=open");
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        Http.StaffMember viewer = Http.newStaff("viewer");
        console.loginAs(viewer);
        String token = (String) console.script("return localStorage.getItem('tcg.console.token')");
        assertEquals(200, new Http().as(token).get("/admin/auth/me").status());

        console.click("[data-logout]");
        console.waitFor("[data-form=login]");
        assertEquals(401, new Http().as(token).get("/admin/auth/me").status(), "logout revoked the token");
        assertEquals(null, console.script("return localStorage.getItem('tcg.console.token')"));
    }

    private String cardValue(String name) {
        return console.text("[data-card=" + name + "] .stat-value");
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ENGLISH, "%,d", n);
    }
}
