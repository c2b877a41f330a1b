package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /admin/connectors/shopee/sku-mappings}: create, list (q, paging), delete, the rules that
 * keep a SKU meaning one variant (each refusal names its field), roles, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopeeSkuMappingsApiIT {

    static final String PATH = "/admin/connectors/shopee/sku-mappings";

    private final Http admin = Http.admin();
    private final Seed seed = new Seed(admin);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    /** A new catalog variant; returns its SKU. */
    private String variant() {
        String sku = Seed.unique("PKM-SV3PT5");
        seed.product("Charmander " + sku, sku);
        return sku;
    }

    private String variantId(String sku) {
        return admin.get("/admin/variants?sku=" + sku).json().getJsonArray("variants").getJsonObject(0).getString("id");
    }

    private static String body(String shopeeSku, String sku) {
        return Json.createObjectBuilder().add("shopee_sku", shopeeSku).add("sku", sku).build().toString();
    }

    private static String fieldOf(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private List<JsonObject> list(String query) {
        Http.Reply reply = admin.get(PATH + "?limit=500&" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("sku_mappings").getValuesAs(JsonObject.class);
    }

    @Test
    void anAdminMapsAShopeeSkuListsItAndDeletesIt() {
        Http.StaffMember member = Http.newStaff("admin");
        String sku = variant();
        String shopeeSku = "shp " + Seed.unique("pika").toLowerCase(Locale.ROOT);

        Http.Reply created = member.http().post(PATH, body("  " + shopeeSku + " ", sku.toLowerCase(Locale.ROOT)));
        assertEquals(201, created.status(), created.body());
        JsonObject mapping = created.json();
        String id = mapping.getString("id");
        assertTrue(id.startsWith("skm_"), id);
        assertTrue(created.header("Location").endsWith(PATH + "/" + id), created.header("Location"));
        assertEquals(shopeeSku.toUpperCase(Locale.ROOT), mapping.getString("shopee_sku"), "normalised like catalog SKUs");
        assertEquals(sku, mapping.getString("sku"));
        assertEquals(variantId(sku), mapping.getString("variant_id"));
        assertEquals(member.email(), mapping.getString("created_by"));
        assertTrue(!mapping.isNull("created_at"));
        assertEquals(mapping, admin.get(PATH + "/" + id).json());

        // q matches part of either SKU, case-insensitively, and pages like every list.
        String part = shopeeSku.substring(4);
        assertEquals(List.of(id), list("q=" + URLEncoder.encode(part, StandardCharsets.UTF_8)).stream()
                .map(m -> m.getString("id")).toList());
        assertEquals(List.of(id), list("q=" + sku.substring(4).toLowerCase(Locale.ROOT)).stream()
                .map(m -> m.getString("id")).toList());
        JsonObject none = admin.get(PATH + "?q=no-such-" + Seed.unique("x")).json();
        assertEquals(0, none.getInt("count"));
        JsonObject page = admin.get(PATH + "?limit=1&offset=0").json();
        assertEquals(1, page.getInt("limit"));
        assertEquals(1, page.getJsonArray("sku_mappings").size());
        assertTrue(page.getInt("count") >= 1);
        assertEquals(400, admin.get(PATH + "?limit=many").status());

        Http.Reply deleted = member.http().delete(PATH + "/" + id);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals(404, admin.get(PATH + "/" + id).status());
        Http.Reply again = admin.delete(PATH + "/" + id);
        assertEquals(404, again.status(), again.body());
        assertEquals("not_found", again.json().getString("type"));
        assertTrue(list("q=" + URLEncoder.encode(part, StandardCharsets.UTF_8)).isEmpty());

        // Both writes are in the audit log under their route templates, the create with its new id.
        List<JsonObject> audit = admin.get("/admin/audit-log?limit=50&actor_id=" + member.id()).json()
                .getJsonArray("audit_entries").getValuesAs(JsonObject.class);
        List<String> routes = audit.stream().map(e -> e.getString("method") + " " + e.getString("route") + " "
                + e.getInt("status") + " " + e.getString("target_id", "")).toList();
        assertTrue(routes.contains("POST " + PATH + " 201 " + id), routes.toString());
        assertTrue(routes.contains("DELETE " + PATH + "/{id} 204 " + id), routes.toString());
    }

    @Test
    void refusalsNameTheirField() {
        String sku = variant();
        String other = variant();

        Http.Reply empty = admin.post(PATH, "{}");
        assertEquals(400, empty.status(), empty.body());
        List<String> fields = empty.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("shopee_sku", "sku"), fields, empty.body());

        Http.Reply unknownTarget = admin.post(PATH, body("SHP-" + Seed.unique("a"), "NO-SUCH-" + Seed.unique("b")));
        assertEquals(400, unknownTarget.status(), unknownTarget.body());
        assertEquals("sku", fieldOf(unknownTarget));
        assertTrue(unknownTarget.json().getString("message").contains("no variant has SKU"), unknownTarget.body());

        Http.Reply itself = admin.post(PATH, body(sku.toLowerCase(Locale.ROOT), sku));
        assertEquals(400, itself.status(), itself.body());
        assertEquals("shopee_sku", fieldOf(itself));

        // The Shopee SKU is another variant's SKU: mapping it would make it mean two variants.
        Http.Reply ambiguous = admin.post(PATH, body(other, sku));
        assertEquals(409, ambiguous.status(), ambiguous.body());
        assertEquals("conflict", ambiguous.json().getString("type"));
        assertEquals("shopee_sku", fieldOf(ambiguous));

        String shopeeSku = "SHP-" + Seed.unique("dup");
        assertEquals(201, admin.post(PATH, body(shopeeSku, sku)).status());
        for (String target : List.of(sku, other)) {
            Http.Reply duplicate = admin.post(PATH, body(shopeeSku.toLowerCase(Locale.ROOT), target));
            assertEquals(409, duplicate.status(), duplicate.body());
            assertEquals("shopee_sku", fieldOf(duplicate));
            assertTrue(duplicate.json().getString("message").contains("already mapped to " + sku), duplicate.body());
        }
        assertEquals(1, list("q=" + shopeeSku).size());

        Http.Reply tooLong = admin.post(PATH, body("X".repeat(101), sku));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("shopee_sku", fieldOf(tooLong));
    }

    @Test
    void aMappedVariantKeepsItsSkuUntilTheMappingIsDeleted() {
        String sku = variant();
        String id = variantId(sku);
        String mappingId = admin.post(PATH, body("SHP-" + Seed.unique("keep"), sku)).json().getString("id");
        Http.Reply rename = admin.patch("/admin/variants/" + id, "{\"sku\": \"" + sku + "-X\"}");
        assertEquals(409, rename.status(), rename.body());
        assertEquals("sku", fieldOf(rename));

        assertEquals(204, admin.delete(PATH + "/" + mappingId).status());
        assertEquals(200, admin.patch("/admin/variants/" + id, "{\"sku\": \"" + sku + "-X\"}").status());
    }

    @Test
    void viewersReadAndOnlyAdminsWrite() {
        String sku = variant();
        String shopeeSku = "SHP-" + Seed.unique("role");
        assertEquals(401, new Http().get(PATH).status());
        assertEquals(200, Http.withRole("viewer").get(PATH).status());
        assertEquals(200, Http.withRole("operator").get(PATH + "?q=" + shopeeSku).status());
        for (String role : List.of("viewer", "operator")) {
            Http.Reply refused = Http.withRole(role).post(PATH, body(shopeeSku, sku));
            assertEquals(403, refused.status(), refused.body());
            assertEquals("forbidden", refused.json().getString("type"));
        }
        Http.Reply created = Http.withRole("admin").post(PATH, body(shopeeSku, sku));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(403, Http.withRole("operator").delete(PATH + "/" + id).status());
        assertEquals(204, Http.withRole("owner").delete(PATH + "/" + id).status());
    }
}
