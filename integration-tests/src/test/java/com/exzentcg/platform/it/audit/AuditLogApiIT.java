package com.exzentcg.platform.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Http.StaffMember;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /admin/audit-log}: what state-changing calls leave behind, failures included. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogApiIT {

    private static final String PATH = "/admin/audit-log";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static List<JsonObject> entries(String query) {
        Http.Reply reply = Http.admin().get(PATH + "?limit=500&" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("audit_entries").getValuesAs(JsonObject.class);
    }

    @Test
    void aRolledBackAttemptIsRecordedWithItsOutcome() {
        StaffMember member = Http.newStaff("admin");
        String code = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"code\": \"" + code + "\", \"name\": \"Audit\", \"type\": \"store\"}";
        Http.Reply created = member.http().post("/admin/stock-locations", body);
        assertEquals(201, created.status(), created.body());
        Http.Reply duplicate = member.http().post("/admin/stock-locations", body);
        assertEquals(409, duplicate.status(), duplicate.body());

        List<JsonObject> mine = entries("actor_id=" + member.id() + "&route="
                + URLEncoder.encode("/admin/stock-locations", StandardCharsets.UTF_8));
        assertEquals(2, mine.size(), mine.toString());
        JsonObject failed = mine.get(0);
        assertEquals(409, failed.getInt("status"));
        assertEquals("failure", failed.getString("outcome"));
        assertEquals("POST", failed.getString("method"));
        assertEquals(member.email(), failed.getString("actor_email"));
        JsonObject succeeded = mine.get(1);
        assertEquals(201, succeeded.getInt("status"));
        assertEquals("success", succeeded.getString("outcome"));
        assertEquals(created.json().getString("id"), succeeded.getString("target_id"));

        assertEquals(1, entries("actor_id=" + member.id() + "&outcome=failure&method=post").size());
    }

    @Test
    void updatesNameTheirTargetAndRouteTemplate() {
        StaffMember member = Http.newStaff("viewer");
        assertEquals(200, Http.admin().patch("/admin/staff/" + member.id(), "{\"name\": \"Renamed\"}").status());
        List<JsonObject> about = entries("target_id=" + member.id() + "&method=PATCH");
        assertEquals(1, about.size(), about.toString());
        assertEquals("/admin/staff/{id}", about.get(0).getString("route"));
        assertEquals("/admin/staff/" + member.id(), about.get(0).getString("path"));
        assertEquals(Http.owner().id(), about.get(0).getString("actor_id"));
    }

    @Test
    void loginsRefusalsAndPasswordChangesAreRecordedWithoutSecrets() {
        StaffMember member = Http.createStaff("operator");
        String initial = member.password();
        StaffMember rotated = member.rotatePassword();
        assertEquals(401, Http.login(member.email(), "a-wrong-password-123").status());
        assertEquals(403, rotated.http().post("/admin/stock-locations", "{}").status());

        Http.Reply all = Http.admin().get(PATH + "?actor_id=" + member.id() + "&limit=500");
        List<JsonObject> mine = all.json().getJsonArray("audit_entries").getValuesAs(JsonObject.class);
        List<String> routes = mine.stream().map(e -> e.getString("method") + " " + e.getString("route") + " "
                + e.getInt("status")).toList();
        assertTrue(routes.contains("POST /admin/auth/login 200"), routes.toString());
        assertTrue(routes.contains("POST /admin/auth/password 200"), routes.toString());
        assertTrue(routes.contains("POST /admin/stock-locations 403"), routes.toString());

        String everything = Http.admin().get(PATH + "?limit=500").body();
        for (String secret : List.of(initial, rotated.password(), "a-wrong-password-123", rotated.token())) {
            assertFalse(everything.contains(secret), "the audit log must not contain secrets");
        }
        assertTrue(entries("route=" + URLEncoder.encode("/admin/auth/login", StandardCharsets.UTF_8)
                + "&status=401").size() >= 1, "refused logins are kept too");
    }

    @Test
    void readsAreNotAudited() {
        StaffMember member = Http.newStaff("viewer");
        Http.Reply read = member.http().get("/admin/stock-locations");
        assertEquals(200, read.status(), read.body());
        // The control: a write by the same member (refused, a viewer may not create locations) is audited,
        // so an empty result below means reads are skipped, not that this member's requests go unrecorded.
        assertEquals(403, member.http().post("/admin/stock-locations", "{}").status());

        List<JsonObject> mine = entries("actor_id=" + member.id());
        List<String> routes = mine.stream().map(e -> e.getString("method") + " " + e.getString("route") + " "
                + e.getInt("status")).toList();
        assertTrue(routes.contains("POST /admin/stock-locations 403"), routes.toString());
        assertTrue(mine.stream().noneMatch(e -> e.getString("method").equals("GET")), routes.toString());
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        for (String[] bad : new String[][] {{"status=abc", "status"}, {"outcome=maybe", "outcome"},
                {"from=yesterday", "from"}}) {
            Http.Reply reply = Http.admin().get(PATH + "?" + bad[0]);
            assertEquals(400, reply.status(), reply.body());
            assertEquals(bad[1], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        Http.Reply paged = Http.admin().get(PATH + "?limit=1&from=2000-01-01T00:00:00Z");
        assertEquals(200, paged.status(), paged.body());
        assertEquals(1, paged.json().getInt("limit"));
        assertEquals(Json.createArrayBuilder().build().getValueType(),
                paged.json().getJsonArray("audit_entries").getValueType());
    }
}
