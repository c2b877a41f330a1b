package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The staff page (create, role change, deactivation, the API's refusals) and the audit log. */
class ConsoleStaffIT extends ConsoleTest {

    private final Http http = Http.admin();

    @Test
    void anAdminAddsAColleagueWhoMustChooseAPasswordAtFirstSignIn() {
        String email = "console-" + UUID.randomUUID().toString().substring(0, 10) + "@it.tcg.test";
        String initial = Http.newPassword();
        console.loginAs(Http.newStaff("admin")).go("/staff");
        console.click("[data-action=new-staff]");
        assertTrue(console.all("[data-form=staff-create] select[name=role] option[value=owner]").isEmpty(),
                "an admin is not offered the owner role");
        console.type("[data-form=staff-create] input[name=email]", email)
                .type("[data-form=staff-create] input[name=name]", "Console Colleague")
                .select("[data-form=staff-create] select[name=role]", "operator")
                .type("[data-form=staff-create] input[name=password]", initial)
                .click("[data-form=staff-create] button[type=submit]");
        console.waitForText("[data-table=staff]", email);

        JsonObject created = staff(email);
        assertEquals("operator", created.getString("role"));
        assertEquals("Console Colleague", created.getString("name"));
        assertTrue(created.getBoolean("must_change_password"));
        String row = "[data-row=" + created.getString("id") + "]";
        assertTrue(console.text(row).contains("must change password"), console.text(row));

        // The same address again: the API's 409 is shown on the email field.
        console.click("[data-action=new-staff]");
        console.type("[data-form=staff-create] input[name=email]", email)
                .type("[data-form=staff-create] input[name=password]", Http.newPassword())
                .click("[data-form=staff-create] button[type=submit]");
        console.waitForText("[data-form=staff-create] .error-banner", "already exists");
        console.waitForText("[data-field-error=email]", "already in use");

        // The colleague signs in with the initial password and must replace it first.
        try (Console colleague = Console.open()) {
            colleague.login(email, initial);
            colleague.waitFor("[data-form=password]");
            assertTrue(colleague.all("[data-nav]").isEmpty());
            String chosen = Http.newPassword();
            colleague.type("input[name=current_password]", initial)
                    .type("input[name=new_password]", chosen)
                    .type("input[name=confirm]", chosen)
                    .click("[data-form=password] button[type=submit]");
            colleague.waitForText("[data-user-email]", email);
            assertTrue(colleague.all("[data-nav=Staff]").isEmpty(), "an operator has no staff page");
            assertEquals(200, Http.login(email, chosen).status());
        }
        assertFalse(staff(email).getBoolean("must_change_password"));

        // The whole team, first page: every role, and who still has to change the password.
        console.go("/staff").waitFor("[data-table=staff] [data-role]");
        console.waitForText("[data-pager-range]", "of " + http.get("/admin/staff?limit=1").json().getInt("count"));
        console.screenshot("staff");
    }

    @Test
    void rolesChangeAndDeactivationEndsTheSessionsWhileOwnersStayOutOfAnAdminsReach() {
        Http.StaffMember member = Http.newStaff("operator");
        console.loginAs(Http.newStaff("admin")).go("/staff?q=" + enc(member.email()));
        String row = "[data-row=" + member.id() + "]";
        console.waitFor(row);

        console.click(row + " [data-action=edit]");
        console.select("[data-form=staff-edit] select[name=role]", "viewer")
                .click("[data-form=staff-edit] button[type=submit]");
        console.waitFor(row + " [data-role=viewer]");
        assertEquals("viewer", http.get("/admin/staff/" + member.id()).json().getString("role"));

        console.click(row + " [data-action=deactivate]");
        console.waitForText(".modal", "every session of theirs ends");
        console.click("[data-confirm]");
        console.waitFor(row + " [data-status=inactive]");
        assertFalse(http.get("/admin/staff/" + member.id()).json().getBoolean("active"));
        assertEquals(401, member.http().get("/admin/auth/me").status(), "deactivation ended the session");

        console.click(row + " [data-action=reactivate]");
        console.waitFor(row + " [data-status=active]");
        assertTrue(http.get("/admin/staff/" + member.id()).json().getBoolean("active"));

        // An owner's row offers an admin nothing to change; the API would refuse it anyway.
        Http.StaffMember owner = Http.owner();
        console.go("/staff?q=" + enc(owner.email()));
        console.waitFor("[data-row=" + owner.id() + "]");
        assertTrue(console.all("[data-row=" + owner.id() + "] [data-action]").isEmpty());
    }

    @Test
    void theAuditLogSaysWhoDidWhatToWhatAndFilters() {
        Http.StaffMember admin = Http.newStaff("admin");
        String email = "audited-" + UUID.randomUUID().toString().substring(0, 10) + "@it.tcg.test";
        Http.Reply created = admin.http().post("/admin/staff", Json.createObjectBuilder().add("email", email)
                .add("role", "viewer").add("password", Http.newPassword()).build());
        assertEquals(201, created.status(), created.body());
        String target = created.json().getString("id");
        Http.Reply refused = admin.http().post("/admin/staff", Json.createObjectBuilder().add("email", "x" + email)
                .add("role", "owner").add("password", Http.newPassword()).build());
        assertEquals(403, refused.status(), refused.body());

        // Unfiltered, newest first: the refused attempt is the latest entry.
        console.loginAs(admin).go("/audit");
        console.waitFor("[data-table=audit] [data-outcome]");
        console.screenshot("audit");

        console.go("/audit?actor_id=" + admin.id());
        console.waitForText("[data-table=audit]", "Add a staff member");
        int total = http.get("/admin/audit-log?actor_id=" + admin.id()).json().getInt("count");
        console.waitForText("[data-pager-range]", "of " + total);
        String table = console.text("[data-table=audit]");
        assertTrue(table.contains(admin.email()), table);
        assertTrue(table.contains(target), table);
        assertTrue(table.contains("refused · 403"), table);
        assertTrue(table.contains("Sign in"), table);

        console.click("[data-filter-target=" + target + "]");
        console.waitForUrl("target_id=" + target);
        console.waitForText("[data-pager-range]", "of 1");
        assertTrue(console.text("[data-table=audit]").contains("done · 201"));

        console.click("[data-action=clear-filters]");
        console.until("no filters in the URL", d -> d.getCurrentUrl().endsWith("/app/audit"));
        console.go("/audit?actor_id=" + admin.id());
        console.waitForText("[data-table=audit]", "Add a staff member");
        console.select("select[name=outcome]", "failure");
        console.waitForUrl("outcome=failure");
        int failures = http.get("/admin/audit-log?actor_id=" + admin.id() + "&outcome=failure").json().getInt("count");
        console.waitForText("[data-pager-range]", "of " + failures);
        assertTrue(console.all("[data-outcome=success]").isEmpty());
        assertFalse(console.all("[data-outcome=failure]").isEmpty());

        // A filter the API refuses is shown with the field it names.
        console.go("/audit?status=abc");
        console.waitForText(".error-banner", "must be an HTTP status code");
    }

    private JsonObject staff(String email) {
        var list = http.get("/admin/staff?q=" + enc(email)).json().getJsonArray("staff");
        assertEquals(1, list.size(), list.toString());
        return list.getJsonObject(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
