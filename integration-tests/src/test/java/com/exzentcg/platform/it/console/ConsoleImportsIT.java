package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The imports page in a browser: a dry run's per-row report naming the bad row, fixing it, the
 * real import polled to its end, the variant picker, a picked file, and who may do what; every
 * effect checked through the API (stock levels, catalog variants).
 */
class ConsoleImportsIT extends ConsoleTest {

    private final Http http = Http.admin();
    private final Seed seed = new Seed(http);

    private String locationCode(String id) {
        return http.get("/admin/stock-locations/" + id).json().getString("code");
    }

    private int levels(String sku, String location) {
        return http.get("/admin/inventory/levels?sku=" + sku + "&location_id=" + location).json()
                .getJsonArray("levels").size();
    }

    /** Waits for the import shown on the page to finish and returns its record from the API. */
    private JsonObject finishedImport() {
        console.waitFor("[data-job]");
        String id = console.all("[data-job]").get(0).getAttribute("data-job");
        console.until("import " + id + " to finish", d -> {
            String status = console.all("[data-job]").get(0).getAttribute("data-job-status");
            return status.equals("succeeded") || status.equals("failed") ? status : null;
        });
        return http.get("/admin/imports/" + id).json();
    }

    @Test
    void operatorDryRunsAStockFileSeesTheBadRowFixesItAndImports() {
        String sku = Seed.unique("CIMP");
        seed.product("Console stock import " + sku, sku);
        String location = seed.location();
        String code = locationCode(location);
        console.loginAs(Http.newStaff("operator"));
        console.go("/imports");
        console.waitFor("[data-upload=stock]");
        assertTrue(console.text("[data-columns=stock]").contains("quantity"));
        assertTrue(console.waitFor("[data-template]").getAttribute("href").startsWith("blob:"));

        console.type("[data-csv]", "sku,location,quantity\n"
                + sku + "," + code + ",5\n"
                + sku + "-NOPE," + code + ",2\n"
                + sku + "," + code + ",0\n");
        console.click("[data-dry-run]");
        console.waitForText("[data-report-message='3']", "no variant has SKU " + sku + "-NOPE");
        console.waitForText("[data-report-message='4']", "must be between 1 and 1000000");
        assertTrue(console.text("[data-report-summary]").contains("3 row(s): 1 valid, 2 with problems"),
                console.text("[data-report-summary]"));
        assertEquals(1, console.all("[data-table=import-report] [data-report-status=ok]").size());
        assertEquals(2, console.all("[data-table=import-report] [data-report-status=error]").size());
        assertTrue(console.text("[data-table=import-report] tr[data-row='3:0']").contains("sku"));
        console.script("document.querySelector('[data-csv]').scrollIntoView({block: 'start'})");
        console.screenshot("imports");
        assertEquals(0, levels(sku, location), "a dry run writes nothing");

        console.type("[data-csv]", "sku,location,quantity\n"
                + sku + "," + code + ",5\n"
                + sku + "," + code + ",2\n");
        console.waitFor("[data-report-stale]");
        console.click("[data-dry-run]");
        console.waitFor("[data-report=valid]");
        console.click("[data-commit]");
        JsonObject job = finishedImport();
        assertEquals("succeeded", job.getString("status"), job.toString());
        assertEquals(2, job.getInt("processed_rows"));
        assertEquals(7, seed.level(sku, location).getInt("stocked"));
        console.waitFor("[data-table=imports] tr[data-row='" + job.getString("id") + "'] [data-history-status=succeeded]");
    }

    @Test
    void aRefusedImportShowsItsBadRowsLikeADryRun() {
        String sku = Seed.unique("CREF");
        seed.product("Console refused import " + sku, sku);
        String code = locationCode(seed.location());
        console.loginAs(Http.newStaff("operator"));
        console.go("/imports");
        console.type("[data-csv]", "sku,location,quantity\n" + sku + ",NOWHERE-" + code + ",1\n");
        console.click("[data-commit]");
        console.waitForText("[data-report-message='2']", "no stock location has code or id");
        assertTrue(console.text("[data-report]").contains("Import refused"));
        assertTrue(console.all("[data-job]").isEmpty(), "no import was started");
    }

    @Test
    void thePickerBuildsAStockFileWithoutTypingSkus() {
        String sku = Seed.unique("CPICK");
        seed.product("Console picker Mewtwo " + sku, sku);
        String location = seed.location();
        String code = locationCode(location);
        console.loginAs(Http.newStaff("operator"));
        console.go("/imports");
        console.click("[data-picker] summary");
        console.waitFor("[data-picker] select[name=picker_location] option[value='" + code + "']");
        console.select("[data-picker] select[name=picker_location]", code);
        console.type("[data-picker] input[name=picker_quantity]", "4");
        console.type("[data-picker] input[name=picker_search]", sku.toLowerCase());
        console.click("[data-pick='" + sku + "']");
        console.until("the picked line in the CSV", d ->
                console.waitFor("[data-csv]").getAttribute("value").contains(sku + "," + code + ",4,,") ? true : null);
        assertTrue(console.waitFor("[data-csv]").getAttribute("value").startsWith("sku,location,quantity,unit_cost,currency\n"));

        console.click("[data-dry-run]");
        console.waitFor("[data-report=valid]");
        console.click("[data-commit]");
        assertEquals("succeeded", finishedImport().getString("status"));
        assertEquals(4, seed.level(sku, location).getInt("stocked"));
    }

    @Test
    void adminPicksACatalogFileFixesTheRowTheDryRunFlaggedAndImportsIt() throws IOException {
        String prefix = Seed.unique("CCAT");
        String handle = prefix.toLowerCase();
        String header = "handle,product_title,sku,price,currency,game,set_code,collector_number,condition\n";
        String good = handle + ",Console Gengar " + prefix + "," + prefix + "-NM,15.00,SGD,pokemon,sv4a,094/190,NM\n";
        Path file = Files.createTempFile("console-catalog", ".csv");
        Files.writeString(file, header + good + handle + ",Console Gengar " + prefix + "," + prefix + "-LP,-3.00,SGD,pokemon,sv4a,094/190,LP\n",
                StandardCharsets.UTF_8);
        try {
            console.loginAs(Http.newStaff("admin"));
            console.go("/imports?kind=catalog");
            console.waitFor("[data-upload=catalog] [data-file]").sendKeys(file.toAbsolutePath().toString());
            console.waitForText("[data-file-name]", file.getFileName().toString());
            console.click("[data-dry-run]");
            console.waitForText("[data-report-message='3']", "must be 0 or more");
            assertTrue(console.text("[data-table=import-report] tr[data-row='3:0']").contains("price"));
            assertEquals(0, http.get("/admin/variants?sku=" + prefix).json().getInt("count"), "a dry run writes nothing");

            console.type("[data-csv]", header + good + handle + ",Console Gengar " + prefix + "," + prefix + "-LP,11.5,SGD,pokemon,sv4a,094/190,LP\n");
            console.click("[data-dry-run]");
            console.waitFor("[data-report=valid]");
            console.click("[data-commit]");
            assertEquals("succeeded", finishedImport().getString("status"));

            List<JsonObject> variants = http.get("/admin/variants?sku=" + prefix).json().getJsonArray("variants")
                    .getValuesAs(JsonObject.class);
            assertEquals(2, variants.size());
            assertEquals(1500, variants.stream().filter(v -> v.getString("sku").endsWith("-NM")).findFirst()
                    .orElseThrow().getJsonObject("price").getInt("amount"));
            assertEquals(1150, variants.stream().filter(v -> v.getString("sku").endsWith("-LP")).findFirst()
                    .orElseThrow().getJsonObject("price").getInt("amount"));
            assertEquals(variants.get(0).getString("product_id"), variants.get(1).getString("product_id"),
                    "rows with one handle are one product");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void viewersSeeTheHistoryOnlyAndOperatorsMayOnlyCheckCatalogFiles() {
        console.loginAs(Http.newStaff("viewer"));
        console.go("/imports");
        console.waitFor("[data-import-history]");
        assertTrue(console.all("[data-upload]").isEmpty(), "no upload for viewers");
        assertTrue(console.all("[data-kind]").isEmpty());

        console.click("[data-logout]");
        console.loginAs(Http.newStaff("operator"));
        console.go("/imports?kind=catalog");
        console.waitFor("[data-upload=catalog]");
        console.waitFor("[data-import-restricted]");
        assertTrue(console.all("[data-commit]").isEmpty(), "catalog imports are admin-only");
        console.waitFor("[data-dry-run]");
        console.click("[data-kind=stock]");
        console.waitFor("[data-upload=stock] [data-commit]");
    }
}
