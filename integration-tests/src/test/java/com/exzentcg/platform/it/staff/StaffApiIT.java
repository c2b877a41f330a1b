package com.exzentcg.platform.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Http.StaffMember;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /admin/staff}: create, change role, deactivate, and the guard that keeps one owner. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

    private static final String PATH = "/admin/staff";
    private final Http owner = Http.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static String uniqueEmail() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@it.tcg.test";
    }

    @Test
    void createAnswers201WithTheUserAndNeverThePassword() {
        String email = uniqueEmail();
        String password = Http.newPassword();
        Http.Reply reply = owner.post(PATH, Json.createObjectBuilder().add("email", email.toUpperCase())
                .add("name", "Floor Staff").add("role", "operator").add("password", password).build());
        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertTrue(body.getString("id").startsWith("user_"));
        assertEquals(email, body.getString("email"));
        assertEquals("operator", body.getString("role"));
        assertTrue(body.getBoolean("active"));
        assertTrue(body.getBoolean("must_change_password"));
        assertTrue(reply.header("Location").endsWith(PATH + "/" + body.getString("id")));
        assertFalse(reply.body().contains(password));
        assertFalse(reply.body().contains("password_hash"));
        assertEquals(email, owner.get(PATH + "/" + body.getString("id")).json().getString("email"));
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        String email = uniqueEmail();
        assertEquals(201, owner.post(PATH, staff(email, "viewer")).status());
        Http.Reply again = owner.post(PATH, staff(email.toUpperCase(), "viewer"));
        assertEquals(409, again.status(), again.body());
        assertEquals("email", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void invalidCreateNamesEveryField() {
        Http.Reply reply = owner.post(PATH, "{\"email\": \"not-an-email\", \"role\": \"boss\", \"password\": \"short\"}");
        assertEquals(400, reply.status(), reply.body());
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("email", "role", "password")), fields.toString());
        assertFalse(reply.body().contains("short\""), reply.body());
    }

    @Test
    void roleChangesTakeEffectOnTheNextRequest() {
        StaffMember member = Http.newStaff("viewer");
        assertEquals(403, member.http().post("/admin/stock-locations", "{}").status());
        Http.Reply promoted = owner.patch(PATH + "/" + member.id(), "{\"role\": \"admin\"}");
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals("admin", promoted.json().getString("role"));
        assertEquals(400, member.http().post("/admin/stock-locations", "{}").status(), "now allowed, body invalid");
    }

    @Test
    void deactivationEndsEverySessionAndBlocksLogin() {
        StaffMember member = Http.newStaff("operator");
        Http.Reply reply = owner.delete(PATH + "/" + member.id());
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("active"));
        assertEquals(401, member.http().get("/admin/auth/me").status());
        assertEquals(401, Http.login(member.email(), member.password()).status());
        Http.Reply listed = owner.get(PATH + "?active=false&limit=500");
        assertTrue(listed.json().getJsonArray("staff").getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getString("id").equals(member.id())));
    }

    @Test
    void adminsManageTheTeamButNotOwners() {
        Http admin = Http.withRole("admin");
        assertEquals(201, admin.post(PATH, staff(uniqueEmail(), "operator")).status());
        Http.Reply ownerByAdmin = admin.post(PATH, staff(uniqueEmail(), "owner"));
        assertEquals(403, ownerByAdmin.status(), ownerByAdmin.body());
        Http.Reply demoteOwner = admin.patch(PATH + "/" + Http.owner().id(), "{\"role\": \"viewer\"}");
        assertEquals(403, demoteOwner.status(), demoteOwner.body());
    }

    @Test
    void listFiltersByRoleAndUsesTheEnvelope() {
        Http.newStaff("operator");
        JsonObject page = owner.get(PATH + "?role=operator&limit=2").json();
        assertTrue(page.getInt("count") >= 1);
        assertEquals(2, page.getInt("limit"));
        assertTrue(page.getJsonArray("staff").getValuesAs(JsonObject.class).stream()
                .allMatch(u -> u.getString("role").equals("operator")));
        assertEquals(400, owner.get(PATH + "?role=boss").status());
    }

    @Test
    void theLastActiveOwnerCannotBeDemotedOrDeactivated() {
        String me = Http.owner().id();
        List<String> otherOwners = owner.get(PATH + "?role=owner&active=true&limit=500").json()
                .getJsonArray("staff").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("id")).filter(id -> !id.equals(me)).toList();
        try {
            for (String id : otherOwners) {
                assertEquals(200, owner.delete(PATH + "/" + id).status());
            }
            Http.Reply demote = owner.patch(PATH + "/" + me, "{\"role\": \"admin\"}");
            assertEquals(409, demote.status(), demote.body());
            assertTrue(demote.json().getString("message").contains("last active owner"), demote.body());
            assertEquals(409, owner.patch(PATH + "/" + me, "{\"active\": false}").status());
            assertEquals(409, owner.delete(PATH + "/" + me).status());
            JsonObject still = owner.get(PATH + "/" + me).json();
            assertEquals("owner", still.getString("role"));
            assertTrue(still.getBoolean("active"));
        } finally {
            for (String id : otherOwners) {
                owner.patch(PATH + "/" + id, "{\"active\": true}");
            }
        }
    }

    @Test
    void anOwnerCanStepDownWhileAnotherOwnerRemains() {
        StaffMember second = Http.newStaff("owner");
        Http.Reply stepDown = second.http().patch(PATH + "/" + second.id(), "{\"role\": \"admin\"}");
        assertEquals(200, stepDown.status(), stepDown.body());
        assertEquals("admin", stepDown.json().getString("role"));
    }

    private static JsonObject staff(String email, String role) {
        return Json.createObjectBuilder().add("email", email).add("role", role)
                .add("password", Http.newPassword()).build();
    }
}
