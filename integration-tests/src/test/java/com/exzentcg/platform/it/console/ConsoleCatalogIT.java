package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog pages in a browser: finding variants by SKU prefix, the variant editor (TCG
 * attributes, price typed in major units, API field errors, stock per location), creating a
 * product with variants, adding one and deleting the product; every effect checked through the API.
 */
class ConsoleCatalogIT extends ConsoleTest {

    private final Http http = Http.admin();
    private final Seed seed = new Seed(http);

    private JsonObject variantBySku(String sku) {
        List<JsonObject> found = http.get("/admin/variants?sku=" + sku).json().getJsonArray("variants")
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("sku").equals(sku)).toList();
        assertEquals(1, found.size(), sku);
        return found.get(0);
    }

    @Test
    void adminFindsAVariantBySkuPrefixAndEditsItsCardAttributesAndPrice() {
        String prefix = Seed.unique("CONS");
        String sku = prefix + "-NM";
        seed.product("Console Charizard " + prefix, sku, prefix + "-LP");
        String location = seed.location();
        seed.stock(sku, location, 7);
        seed.product("Console other card " + prefix, Seed.unique("CONX")); // the filter must leave it out
        console.loginAs(Http.newStaff("admin"));

        console.go("/catalog");
        console.type("[data-filters=variants] input[name=sku]", prefix.toLowerCase());
        console.waitForUrl("sku=" + prefix.toLowerCase());
        console.waitFor("[data-variant-link='" + prefix + "-LP']");
        console.waitForText("[data-pager-range]", "of 2");
        assertEquals(2, console.all("[data-table=variants] tbody tr[data-row]").size());
        console.screenshot("catalog");

        console.click("[data-variant-link='" + sku + "']");
        console.waitFor("[data-form=variant]");
        console.waitForText("[data-table=variant-levels]", "7");
        assertTrue(console.waitFor("[data-inventory-link]").getAttribute("href").endsWith("/app/inventory?sku=" + sku));
        assertEquals("12.50", console.waitFor("[data-form=variant] input[name=price]").getAttribute("value"));

        console.type("[data-form=variant] input[name=price]", "19.9")
                .type("[data-form=variant] input[name=set_code]", "sv2a")
                .type("[data-form=variant] input[name=set_name]", "Pokemon Card 151")
                .type("[data-form=variant] input[name=collector_number]", "201/165")
                .type("[data-form=variant] input[name=rarity]", "Special Art Rare")
                .type("[data-form=variant] input[name=language]", "JA")
                .type("[data-form=variant] input[name=barcode]", "4521329000001")
                .type("[data-form=variant] input[name=grade_company]", "PSA")
                .type("[data-form=variant] input[name=grade_score]", "9.5")
                .select("[data-form=variant] select[name=condition]", "LP")
                .select("[data-form=variant] select[name=finish]", "reverse_holo");
        console.click("[data-save-variant]");
        console.waitForText("[data-notice=success]", "saved");

        JsonObject saved = variantBySku(sku);
        assertEquals(1990, saved.getJsonObject("price").getInt("amount"));
        assertEquals("SGD", saved.getJsonObject("price").getString("currency_code"));
        assertEquals("sv2a", saved.getString("set_code"));
        assertEquals("Pokemon Card 151", saved.getString("set_name"));
        assertEquals("201/165", saved.getString("collector_number"));
        assertEquals("Special Art Rare", saved.getString("rarity"));
        assertEquals("JA", saved.getString("language"));
        assertEquals("LP", saved.getString("condition"));
        assertEquals("reverse_holo", saved.getString("finish"));
        assertEquals("4521329000001", saved.getString("barcode"));
        assertEquals("PSA", saved.getJsonObject("grade").getString("company"));
        assertEquals("9.5", saved.getJsonObject("grade").getJsonNumber("score").bigDecimalValue().toPlainString());

        // The form shows what the API stored once it reloads.
        console.until("the saved price in the form", d -> "19.90".equals(
                console.waitFor("[data-form=variant] input[name=price]").getAttribute("value")) ? true : null);
        assertEquals("LP", console.waitFor("[data-form=variant] select[name=condition]").getAttribute("value"));
        console.script("window.scrollTo(0, 0)");
        console.screenshot("variant-editor");

        // Clearing an optional field sends "" and the API clears it.
        console.waitGone("[data-notice]");
        console.type("[data-form=variant] input[name=barcode]", " ");
        console.click("[data-save-variant]");
        console.waitForText("[data-notice=success]", "saved");
        assertTrue(variantBySku(sku).isNull("barcode"), "barcode cleared");
    }

    @Test
    void fieldErrorsFromTheApiAppearUnderTheFieldTheyName() {
        String prefix = Seed.unique("CERR");
        JsonObject product = seed.product("Console errors " + prefix, prefix + "-A", prefix + "-B");
        String id = product.getJsonArray("variants").getJsonObject(0).getString("id");
        String sku = product.getJsonArray("variants").getJsonObject(0).getString("sku");
        String other = product.getJsonArray("variants").getJsonObject(1).getString("sku");
        console.loginAs(Http.newStaff("admin"));
        console.go("/catalog/variants/" + id);

        console.type("[data-form=variant] input[name=price]", "-1");
        console.click("[data-save-variant]");
        console.waitForText("[data-field-error=price]", "must be 0 or more");
        assertEquals(1250, variantBySku(sku).getJsonObject("price").getInt("amount"), "nothing changed");

        console.type("[data-form=variant] input[name=price]", "12.505");
        console.click("[data-save-variant]");
        console.waitForText("[data-field-error=price]", "at most 2 decimals");

        console.type("[data-form=variant] input[name=price]", "12.50")
                .type("[data-form=variant] input[name=sku]", other.toLowerCase());
        console.click("[data-save-variant]");
        console.waitForText("[data-field-error=sku]", "already in use");
        assertTrue(console.text("[data-form=variant] .error-banner").contains(other), console.text(".error-banner"));
        assertEquals(id, variantBySku(sku).getString("id"), "the SKU did not move");

        console.type("[data-form=variant] input[name=sku]", sku)
                .type("[data-form=variant] input[name=language]", "J1");
        console.click("[data-save-variant]");
        console.waitForText("[data-field-error=language]", "two-letter");
    }

    @Test
    void adminCreatesAProductWithVariantsAddsOneAndDeletesIt() {
        String prefix = Seed.unique("CNEW");
        String title = "Console Pikachu " + prefix;
        console.loginAs(Http.newStaff("admin"));
        console.go("/catalog?view=products");
        console.click("[data-new-product]");
        console.type("[data-form=new-product] input[name=title]", title);
        console.type("[data-variant-row='0'] input[name=sku]", prefix + "-A")
                .type("[data-variant-row='0'] input[name=price]", "8.5")
                .type("[data-variant-row='0'] input[name=set_code]", "sv1")
                .type("[data-variant-row='0'] input[name=collector_number]", "025/198");
        console.click("[data-add-variant-row]");
        // The second row starts from the first one's card; give it the same SKU to see the API refuse it.
        assertEquals("025/198", console.waitFor("[data-variant-row='1'] input[name=collector_number]").getAttribute("value"));
        console.type("[data-variant-row='1'] input[name=sku]", prefix + "-a")
                .type("[data-variant-row='1'] input[name=price]", "6")
                .select("[data-variant-row='1'] select[name=condition]", "MP");
        console.click("[data-form=new-product] button[type=submit]");
        console.waitForText("[data-variant-row='1'] [data-field-error=sku]", "more than once");
        assertTrue(console.all("[data-variant-row='0'] [data-field-error=sku]").isEmpty(), "only the second row is marked");

        console.type("[data-variant-row='1'] input[name=sku]", prefix + "-B");
        console.click("[data-form=new-product] button[type=submit]");
        console.waitForUrl("/app/catalog/products/");
        console.waitForText(".page-header h1", title);

        List<JsonObject> variants = http.get("/admin/variants?sku=" + prefix).json().getJsonArray("variants")
                .getValuesAs(JsonObject.class);
        assertEquals(2, variants.size());
        String productId = variants.get(0).getString("product_id");
        assertEquals(850, variantBySku(prefix + "-A").getJsonObject("price").getInt("amount"));
        assertEquals(600, variantBySku(prefix + "-B").getJsonObject("price").getInt("amount"));
        assertEquals("MP", variantBySku(prefix + "-B").getString("condition"));
        assertEquals("025/198", variantBySku(prefix + "-B").getString("collector_number"));
        assertEquals(title, http.get("/admin/products/" + productId).json().getString("title"));

        console.click("[data-add-variant]");
        console.type("[data-form=add-variant] input[name=sku]", prefix + "-C")
                .type("[data-form=add-variant] input[name=price]", "3");
        console.click("[data-form=add-variant] button[type=submit]");
        console.waitFor("[data-table=product-variants] [data-variant-link='" + prefix + "-C']");
        assertEquals(3, http.get("/admin/products/" + productId).json().getJsonArray("variants").size());
        assertEquals(300, variantBySku(prefix + "-C").getJsonObject("price").getInt("amount"));
        console.script("window.scrollTo(0, 0)");
        console.screenshot("product-editor");

        console.waitGone("[data-notice]"); // the toast sits where the save button may be
        console.type("[data-form=product] input[name=title]", title + " (promo)");
        console.click("[data-save-product]");
        console.waitForText(".page-header h1", "(promo)");
        assertEquals(title + " (promo)", http.get("/admin/products/" + productId).json().getString("title"));

        console.click("[data-delete-product]");
        console.click("[data-confirm]");
        console.waitForUrl("/app/catalog?view=products");
        assertEquals(404, http.get("/admin/products/" + productId).status());
    }

    @Test
    void operatorsSeeTheCatalogReadOnly() {
        String sku = Seed.unique("CRO");
        JsonObject product = seed.product("Console read-only " + sku, sku);
        String id = product.getJsonArray("variants").getJsonObject(0).getString("id");
        console.loginAs(Http.newStaff("operator"));

        console.go("/catalog/variants/" + id);
        console.waitFor("[data-form=variant] [data-readonly]");
        assertFalse(console.waitFor("[data-form=variant] input[name=sku]").isEnabled());
        assertFalse(console.waitFor("[data-form=variant] select[name=condition]").isEnabled());
        assertTrue(console.all("[data-save-variant]").isEmpty());

        console.click("[data-product-link]");
        console.waitFor("[data-form=product] [data-readonly]");
        assertTrue(console.all("[data-delete-product]").isEmpty());
        assertTrue(console.all("[data-add-variant]").isEmpty());

        console.go("/catalog?view=products");
        console.type("[data-filters=products] input[name=q]", sku);
        console.waitFor("[data-table=products] [data-product-link]");
        assertTrue(console.all("[data-new-product]").isEmpty());
    }
}
