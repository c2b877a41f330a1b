package com.exzentcg.platform.it.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
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

/** {@code /admin/stock-locations} over real HTTP, seeding everything through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockLocationApiIT {

    private static final String PATH = "/admin/stock-locations";
    private final Http http = Http.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static String uniqueCode() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private JsonObject create(String code) {
        Http.Reply reply = http.post(PATH, Json.createObjectBuilder()
                .add("code", code).add("name", "Store " + code).add("type", "store")
                .add("city", "Singapore").add("country_code", "SG").build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void createAnswers201WithLocationAndSnakeCaseBody() {
        String code = uniqueCode();
        Http.Reply reply = http.post(PATH, Json.createObjectBuilder()
                .add("code", code).add("name", "Flagship").add("type", "store")
                .add("address_line1", "3 Temple St").add("country_code", "sg").build());
        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertTrue(body.getString("id").startsWith("sloc_"));
        assertEquals("store", body.getString("type"));
        assertEquals("3 Temple St", body.getString("address_line1"));
        assertEquals("SG", body.getString("country_code"));
        assertTrue(reply.header("Location").endsWith(PATH + "/" + body.getString("id")), reply.header("Location"));
        assertNotNull(body.getString("created_at"));
        assertTrue(body.getString("created_at").endsWith("Z"), body.getString("created_at"));
    }

    @Test
    void invalidBodyIs400NamingEachField() {
        Http.Reply reply = http.post(PATH, "{\"code\": \"bad code!\", \"type\": \"garage\", \"country_code\": \"SGP\"}");
        assertEquals(400, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals("invalid_data", body.getString("type"));
        List<String> fields = body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("code", "name", "type", "country_code")), fields.toString());
    }

    @Test
    void missingBodyIs400() {
        Http.Reply reply = http.post(PATH, "");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_data", reply.json().getString("type"));
    }

    @Test
    void duplicateCodeIs409() {
        String code = uniqueCode();
        create(code);
        Http.Reply reply = http.post(PATH, Json.createObjectBuilder()
                .add("code", code.toLowerCase()).add("name", "Again").add("type", "store").build());
        assertEquals(409, reply.status(), reply.body());
        assertEquals("conflict", reply.json().getString("type"));
    }

    @Test
    void unknownIdIs404ForGetAndPatch() {
        assertEquals(404, http.get(PATH + "/sloc_nope").status());
        Http.Reply patch = http.patch(PATH + "/sloc_nope", "{\"name\": \"x\"}");
        assertEquals(404, patch.status());
        assertEquals("not_found", patch.json().getString("type"));
    }

    @Test
    void patchChangesOnlyTheSentFields() {
        JsonObject created = create(uniqueCode());
        String id = created.getString("id");
        Http.Reply reply = http.patch(PATH + "/" + id, "{\"name\": \"Renamed\", \"active\": false}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject fetched = http.get(PATH + "/" + id).json();
        assertEquals("Renamed", fetched.getString("name"));
        assertFalse(fetched.getBoolean("active"));
        assertEquals("Singapore", fetched.getString("city"));
        assertEquals(created.getString("code"), fetched.getString("code"));
    }

    @Test
    void emptyPatchIs400() {
        String id = create(uniqueCode()).getString("id");
        Http.Reply reply = http.patch(PATH + "/" + id, "{}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_data", reply.json().getString("type"));
    }

    @Test
    void invalidPatchValueIs400NamingTheField() {
        String id = create(uniqueCode()).getString("id");
        Http.Reply reply = http.patch(PATH + "/" + id, "{\"type\": \"garage\"}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("type", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void listUsesTheContractEnvelopeAndPaging() {
        create(uniqueCode());
        create(uniqueCode());
        JsonObject page = http.get(PATH + "?limit=1&offset=1").json();
        assertEquals(1, page.getJsonArray("stock_locations").size());
        assertEquals(1, page.getInt("limit"));
        assertEquals(1, page.getInt("offset"));
        assertTrue(page.getInt("count") >= 2);
    }

    @Test
    void badPagingParametersAre400NamingTheParameter() {
        Http.Reply tooMany = http.get(PATH + "?limit=501");
        assertEquals(400, tooMany.status());
        assertEquals("limit", tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply notNumber = http.get(PATH + "?offset=abc");
        assertEquals(400, notNumber.status());
        assertEquals("offset", notNumber.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void activeFilterIsApplied() {
        String id = create(uniqueCode()).getString("id");
        http.patch(PATH + "/" + id, "{\"active\": false}");
        JsonObject inactive = http.get(PATH + "?active=false&limit=500").json();
        assertTrue(inactive.getJsonArray("stock_locations").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("id").equals(id)));
        assertTrue(inactive.getJsonArray("stock_locations").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getBoolean("active")));
        assertEquals(400, http.get(PATH + "?active=maybe").status());
    }
}
