package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Shopee SKU mappings page: an admin maps a Shopee SKU onto a variant found by search, sees
 * the API's refusal under the field it names, filters the list and deletes a mapping; a viewer
 * reads the same list with no write controls. Every effect is checked through the API.
 */
class ConsoleSkuMappingsIT extends ConsoleTest {

    private static final String API = "/admin/connectors/shopee/sku-mappings";

    private final Http admin = Http.admin();

    private String variant(String sku) {
        return new Seed(admin).product("Charizard ex " + sku, sku).getJsonArray("variants").getJsonObject(0).getString("id");
    }

    private List<JsonObject> mappings(String q) {
        return admin.get(API + "?q=" + q).json().getJsonArray("sku_mappings").getValuesAs(JsonObject.class);
    }

    @Test
    void anAdminMapsAShopeeSkuSeesARefusalUnderItsFieldAndDeletesTheMapping() {
        String sku = Seed.unique("PKM-SV3PT5-006");
        String variantId = variant(sku);
        String shopeeSku = Seed.unique("SHOPEE-CHARIZARD");

        console.loginAs(Http.newStaff("admin"));
        console.go("/connectors/shopee");
        console.click("[data-link=sku-mappings]");
        console.waitForUrl("/app/connectors/shopee/sku-mappings");
        console.type("[data-new-mapping=shopee_sku]", shopeeSku.toLowerCase());
        console.type("[data-variant-search=new-mapping]", sku);
        console.click("[data-variant-option='" + variantId + "']");
        console.click("[data-new-mapping-submit]");
        console.waitForText("[data-notice=success]", shopeeSku);
        console.waitForUrl("q=" + shopeeSku);

        JsonObject mapping = mappings(shopeeSku).get(0);
        String id = mapping.getString("id");
        assertEquals(sku, mapping.getString("sku"));
        assertEquals(variantId, mapping.getString("variant_id"));
        String row = "[data-table=sku-mappings] tr[data-row='" + id + "']";
        console.waitForText(row + " [data-cell=shopee_sku]", shopeeSku);
        console.waitForText(row + " [data-cell=sku]", sku);
        console.screenshot("sku-mappings");

        // The same Shopee SKU again: the API's 409 appears under the Shopee SKU field.
        console.type("[data-new-mapping=shopee_sku]", shopeeSku);
        console.type("[data-variant-search=new-mapping]", sku);
        console.click("[data-variant-option='" + variantId + "']");
        console.click("[data-new-mapping-submit]");
        String refusal = console.waitFor("[data-form=sku-mapping-create] [data-field-error=shopee_sku]").getText();
        assertTrue(refusal.contains("already mapped to " + sku), refusal);
        assertEquals(1, mappings(shopeeSku).size());

        // Searching by part of the platform SKU finds it; a search for something else does not.
        console.type("[data-filter=q]", "nothing-" + shopeeSku);
        console.click("[data-apply=q]");
        console.waitForText("[data-table=sku-mappings]", "No mapping matches");
        console.type("[data-filter=q]", sku.substring(4).toLowerCase());
        console.click("[data-apply=q]");
        console.waitFor(row);

        console.click(row + " [data-delete-mapping='" + id + "']");
        console.click("[data-confirm]");
        console.until("a 'deleted' notice", d -> console.all("[data-notice=success]").stream()
                .anyMatch(n -> n.getText().contains("deleted")) ? Boolean.TRUE : null);
        console.waitGone(row);
        assertTrue(mappings(shopeeSku).isEmpty());
        assertEquals(404, admin.get(API + "/" + id).status());
    }

    @Test
    void aViewerReadsTheMappingsButCannotChangeThem() {
        String sku = Seed.unique("OP-OP05-119");
        variant(sku);
        String shopeeSku = Seed.unique("SHOPEE-LUFFY");
        Http.Reply created = admin.post(API, Json.createObjectBuilder().add("shopee_sku", shopeeSku).add("sku", sku).build());
        assertEquals(201, created.status(), created.body());
        String row = "[data-table=sku-mappings] tr[data-row='" + created.json().getString("id") + "']";

        console.loginAs(Http.newStaff("viewer"));
        console.go("/connectors/shopee/sku-mappings?q=" + shopeeSku);
        console.waitForText(row + " [data-cell=sku]", sku);
        assertTrue(console.all("[data-form=sku-mapping-create]").isEmpty(), "a viewer is offered no form");
        assertTrue(console.all(row + " [data-delete-mapping]").isEmpty(), "a viewer is offered no delete");
    }
}
