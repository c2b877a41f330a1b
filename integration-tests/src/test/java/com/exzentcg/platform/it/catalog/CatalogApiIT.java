package com.exzentcg.platform.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /admin/products} and {@code /admin/variants} over HTTP, seeded through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    private final Http http = Http.admin();
    private final Seed seed = new Seed(http);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private static List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static List<String> ids(JsonObject page, String plural) {
        return page.getJsonArray(plural).getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    @Test
    void productWithVariantsIsCreatedInOneCall() {
        String sku = Seed.unique("pkm-cz");
        Http.Reply reply = http.post("/admin/products", Json.createObjectBuilder()
                .add("title", "Charizard ex").add("description", "Special illustration rare")
                .add("variants", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sku", sku + "-nm").add("barcode", "4521329361234")
                                .add("price", Json.createObjectBuilder().add("amount", 45000).add("currency_code", "sgd"))
                                .add("game", "pokemon").add("set_code", "sv3pt5").add("set_name", "Pokémon 151")
                                .add("collector_number", "199/165").add("rarity", "Special Illustration Rare")
                                .add("condition", "nm").add("language", "ja").add("finish", "foil"))
                        .add(Json.createObjectBuilder().add("sku", sku + "-psa10")
                                .add("price", Json.createObjectBuilder().add("amount", 120000).add("currency_code", "SGD"))
                                .add("game", "pokemon").add("set_code", "sv3pt5").add("collector_number", "199/165")
                                .add("grade", Json.createObjectBuilder().add("company", "psa").add("score", 10))))
                .build());
        assertEquals(201, reply.status(), reply.body());
        JsonObject product = reply.json();
        assertTrue(product.getString("id").startsWith("prod_"));
        assertTrue(reply.header("Location").endsWith("/admin/products/" + product.getString("id")));
        assertEquals("active", product.getString("status"));
        assertEquals("charizard-ex", product.getString("handle").substring(0, 12));
        var variants = product.getJsonArray("variants").getValuesAs(JsonObject.class);
        assertEquals(2, variants.size());
        JsonObject nm = variants.get(0);
        assertTrue(nm.getString("id").startsWith("var_"));
        assertEquals(sku.toUpperCase() + "-NM", nm.getString("sku"));
        assertEquals(45000, nm.getJsonObject("price").getInt("amount"));
        assertEquals("SGD", nm.getJsonObject("price").getString("currency_code"));
        assertEquals("NM", nm.getString("condition"));
        assertEquals("JA", nm.getString("language"));
        assertEquals("foil", nm.getString("finish"));
        assertEquals("199/165", nm.getString("collector_number"));
        assertEquals(JsonValue.NULL, nm.get("grade"));
        assertEquals("Charizard ex · NM · JA · Foil", nm.getString("title"));
        JsonObject graded = variants.get(1);
        assertEquals("PSA", graded.getJsonObject("grade").getString("company"));
        assertEquals(10, graded.getJsonObject("grade").getJsonNumber("score").intValue());
        assertEquals("normal", graded.getString("finish"));
        assertEquals("EN", graded.getString("language"));

        JsonObject fetched = http.get("/admin/products/" + product.getString("id")).json();
        assertEquals(2, fetched.getJsonArray("variants").size());
    }

    @Test
    void invalidProductIs400NamingEveryFieldInsideTheVariants() {
        Http.Reply reply = http.post("/admin/products", """
                {"status": "sold-out", "variants": [
                  {"sku": "OK-1", "price": {"amount": -5, "currency_code": "XYZ"}, "game": "pokemon", "condition": "mint"},
                  {"price": {"amount": 100, "currency_code": "SGD"}, "game": "pokemon",
                   "grade": {"company": "PSA", "score": 11}}
                ]}""");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_data", reply.json().getString("type"));
        List<String> fields = fields(reply);
        assertTrue(fields.containsAll(List.of("title", "status", "variants[0].price.amount",
                "variants[0].price.currency_code", "variants[0].condition", "variants[1].sku",
                "variants[1].grade.score")), fields.toString());
    }

    @Test
    void productWithoutVariantsIsRefused() {
        Http.Reply reply = http.post("/admin/products", "{\"title\": \"Empty\", \"variants\": []}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of("variants"), fields(reply));
    }

    @Test
    void skuIsUniqueAcrossTheCatalogAndWithinARequest() {
        String sku = Seed.unique("DUP");
        seed.product("First", sku);
        Http.Reply clash = http.post("/admin/products", Json.createObjectBuilder().add("title", "Second")
                .add("variants", Json.createArrayBuilder().add(variant(sku.toLowerCase()))).build());
        assertEquals(409, clash.status(), clash.body());
        assertEquals(List.of("variants[0].sku"), fields(clash));

        String other = Seed.unique("TWICE");
        Http.Reply twice = http.post("/admin/products", Json.createObjectBuilder().add("title", "Twice")
                .add("variants", Json.createArrayBuilder().add(variant(other)).add(variant(other))).build());
        assertEquals(400, twice.status(), twice.body());
        assertEquals(List.of("variants[1].sku"), fields(twice));
    }

    private static JsonObject variant(String sku) {
        return Json.createObjectBuilder().add("sku", sku)
                .add("price", Json.createObjectBuilder().add("amount", 100).add("currency_code", "SGD"))
                .add("game", "magic").build();
    }

    @Test
    void patchChangesProductAndVariantFieldsSeparately() {
        String sku = Seed.unique("PATCH");
        JsonObject product = seed.product("Pikachu", sku);
        String id = product.getString("id");
        Http.Reply patched = http.patch("/admin/products/" + id, "{\"title\": \"Pikachu ex\", \"status\": \"draft\"}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("Pikachu ex", patched.json().getString("title"));
        assertEquals("draft", patched.json().getString("status"));

        String variantId = product.getJsonArray("variants").getJsonObject(0).getString("id");
        Http.Reply variant = http.patch("/admin/variants/" + variantId, """
                {"price": {"amount": 990, "currency_code": "SGD"}, "condition": "LP", "set_code": "",
                 "grade": {"company": "BGS", "score": 9.5}}""");
        assertEquals(200, variant.status(), variant.body());
        JsonObject v = http.get("/admin/variants/" + variantId).json();
        assertEquals(990, v.getJsonObject("price").getInt("amount"));
        assertEquals("LP", v.getString("condition"));
        assertEquals(JsonValue.NULL, v.get("set_code"));
        assertEquals("151", v.getString("set_name"));
        assertEquals("9.5", v.getJsonObject("grade").getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals(id, v.getString("product_id"));
        assertEquals("Pikachu ex", v.getString("product_title"));

        assertEquals(400, http.patch("/admin/products/" + id, "{}").status());
        assertEquals(400, http.patch("/admin/variants/" + variantId, "{\"condition\": \"mint\"}").status());
        assertEquals(404, http.patch("/admin/variants/var_nope", "{\"title\": \"x\"}").status());
        assertEquals(404, http.get("/admin/products/prod_nope").status());
    }

    @Test
    void searchFindsBySkuPrefixNameSetAndCollectorNumber() {
        String token = Seed.unique("ZQ").replace("-", "");
        String sku = token + "-MEW";
        JsonObject product = seed.product("Mew " + token + " Gold Star", sku, sku + "-LP");
        String id = product.getString("id");
        http.patch("/admin/variants/" + product.getJsonArray("variants").getJsonObject(0).getString("id"),
                "{\"set_code\": \"set" + token + "\", \"collector_number\": \"no" + token + "\"}");

        assertEquals(List.of(id), ids(http.get("/admin/products?q=" + token.toLowerCase() + "+gold").json(), "products"));
        assertEquals(List.of(id), ids(http.get("/admin/products?q=SET" + token).json(), "products"));
        assertEquals(List.of(id), ids(http.get("/admin/products?q=no" + token).json(), "products"));
        assertEquals(List.of(id), ids(http.get("/admin/products?q=" + sku + "-lp").json(), "products"));

        JsonObject byPrefix = http.get("/admin/variants?sku=" + token.toLowerCase()).json();
        assertEquals(2, byPrefix.getInt("count"));
        assertEquals(List.of(sku, sku + "-LP"), byPrefix.getJsonArray("variants").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("sku")).toList());
        assertEquals(1, http.get("/admin/variants?q=no" + token).json().getInt("count"));
        assertEquals(0, http.get("/admin/variants?sku=" + token + "%25").json().getInt("count"));
        assertEquals(0, http.get("/admin/products?q=nothing-like-" + token).json().getInt("count"));
    }

    @Test
    void listFiltersByStatusAndPages() {
        seed.product("Active " + Seed.unique("A"), Seed.unique("ACTIVE"));
        JsonObject draft = seed.product("Draft " + Seed.unique("D"), Seed.unique("DRAFT"));
        http.patch("/admin/products/" + draft.getString("id"), "{\"status\": \"draft\"}");
        JsonObject drafts = http.get("/admin/products?status=draft&limit=500").json();
        assertTrue(ids(drafts, "products").contains(draft.getString("id")));
        assertTrue(drafts.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("status").equals("draft")));
        assertEquals(400, http.get("/admin/products?status=sold").status());
        JsonObject page = http.get("/admin/products?limit=1&offset=1").json();
        assertEquals(1, page.getJsonArray("products").size(), page.toString());
        assertTrue(page.getInt("count") >= 2);
    }

    @Test
    void unreferencedProductIsDeleted() {
        String id = seed.product("Short lived", Seed.unique("GONE")).getString("id");
        Http.Reply reply = http.delete("/admin/products/" + id);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("deleted"));
        assertFalse(reply.json().getBoolean("archived"));
        assertEquals(404, http.get("/admin/products/" + id).status());
    }

    @Test
    void productThatOrdersReferToIsArchivedAndItsSkuFrozen() {
        String sku = Seed.unique("SOLD");
        JsonObject product = seed.product("Sold once", sku);
        String location = seed.location();
        seed.stock(sku, location, 2);
        Http.Reply order = http.post("/admin/orders", Json.createObjectBuilder().add("location_id", location)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", 1)))
                .build());
        assertEquals(201, order.status(), order.body());

        Http.Reply reply = http.delete("/admin/products/" + product.getString("id"));
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("deleted"));
        assertTrue(reply.json().getBoolean("archived"));
        assertEquals("archived", http.get("/admin/products/" + product.getString("id")).json().getString("status"));

        String variantId = product.getJsonArray("variants").getJsonObject(0).getString("id");
        Http.Reply rename = http.patch("/admin/variants/" + variantId, "{\"sku\": \"" + sku + "-NEW\"}");
        assertEquals(409, rename.status(), rename.body());
        assertEquals(List.of("sku"), fields(rename));
    }
}
