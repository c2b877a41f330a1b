package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Stock locations in the console: admins create, edit and deactivate; operators only read. */
class ConsoleLocationsIT extends ConsoleTest {

    private final Seed seed = new Seed(Http.admin());

    @Test
    void adminCreatesEditsAndDeactivatesALocation() {
        String existing = Http.admin().get("/admin/stock-locations/" + seed.location()).json().getString("code");
        String code = Seed.unique("SHOP");
        console.loginAs(Http.newStaff("admin"));
        // Every location on one page: the shared test database holds many.
        console.go("/locations?limit=500");
        console.waitFor("[data-table=locations] tbody tr[data-row]");

        console.click("[data-action=new-location]");
        console.type("[data-form=location] input[name=code]", existing)
                .type("[data-form=location] input[name=name]", "Orchard Road shop")
                .select("[data-form=location] select[name=type]", "store")
                .type("[data-form=location] input[name=city]", "Singapore")
                .type("[data-form=location] input[name=country_code]", "S1")
                .click("[data-form=location] button[type=submit]");
        console.waitForText("[data-form=location] [data-field-error=country_code]", "ISO 3166-1 alpha-2");

        console.type("[data-form=location] input[name=country_code]", "sg")
                .click("[data-form=location] button[type=submit]");
        console.waitForText("[data-form=location] [data-field-error=code]", "already in use");

        console.type("[data-form=location] input[name=code]", code)
                .click("[data-form=location] button[type=submit]");
        console.waitGone("[data-form=location]");
        JsonObject created = find(code);
        assertEquals("store", created.getString("type"));
        assertEquals("SG", created.getString("country_code"));
        assertEquals("Singapore", created.getString("city"));
        String row = "[data-table=locations] tr[data-row='" + created.getString("id") + "']";
        console.waitForText(row + " [data-cell=name]", "Orchard Road shop");
        assertEquals("Singapore, SG", console.text(row + " [data-cell=address]"));

        console.click(row + " [data-action=edit]");
        console.type("[data-form=location] input[name=name]", "Orchard Road flagship")
                .type("[data-form=location] input[name=postal_code]", "238801")
                .click("[data-form=location] button[type=submit]");
        console.waitGone("[data-form=location]");
        console.waitForText(row + " [data-cell=name]", "Orchard Road flagship");
        JsonObject edited = Http.admin().get("/admin/stock-locations/" + created.getString("id")).json();
        assertEquals("Orchard Road flagship", edited.getString("name"));
        assertEquals("238801", edited.getString("postal_code"));
        assertEquals("SG", edited.getString("country_code"), "fields left alone stay as they were");
        console.screenshot("locations");

        console.click(row + " [data-action=deactivate]");
        console.click("[data-confirm]");
        console.waitFor(row + " [data-cell=status][data-active=false]");
        assertFalse(Http.admin().get("/admin/stock-locations/" + created.getString("id")).json().getBoolean("active"));
        console.click("[data-filter-active=false]");
        console.waitForUrl("active=false");
        console.waitFor(row);
        console.click(row + " [data-action=reactivate]");
        console.click("[data-confirm]");
        console.waitGone(row);
        assertTrue(Http.admin().get("/admin/stock-locations/" + created.getString("id")).json().getBoolean("active"));
    }

    @Test
    void anOperatorSeesLocationsWithoutWriteButtons() {
        String id = seed.location();
        console.loginAs(Http.newStaff("operator"));
        console.go("/locations?limit=500");
        String row = "[data-table=locations] tr[data-row='" + id + "']";
        console.waitFor(row + " [data-action=stock]");
        assertTrue(console.all("[data-action=new-location]").isEmpty(), "creating is for admins");
        assertTrue(console.all(row + " [data-action=edit]").isEmpty(), "editing is for admins");
        assertTrue(console.all(row + " [data-action=deactivate]").isEmpty(), "deactivating is for admins");

        console.click(row + " [data-action=stock]");
        console.waitForUrl("/app/inventory?location_id=" + id);
        assertEquals(id, console.script("return document.querySelector('[data-filter=location_id]').value"));
    }

    private static JsonObject find(String code) {
        var list = Http.admin().get("/admin/stock-locations?limit=500").json().getJsonArray("stock_locations");
        return list.stream().map(v -> v.asJsonObject()).filter(l -> l.getString("code").equalsIgnoreCase(code))
                .findFirst().orElseThrow(() -> new AssertionError("no location " + code));
    }
}
