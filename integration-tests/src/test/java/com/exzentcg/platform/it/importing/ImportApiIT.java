package com.exzentcg.platform.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Await;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /admin/imports} with CSV bodies: dry runs, all-or-nothing real runs, progress, 10k rows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    private final Http http = Http.admin();
    private final Seed seed = new Seed(http);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    private Http.Reply importCsv(String kind, boolean dryRun, String csv) {
        return http.send("POST", "/admin/imports?kind=" + kind + (dryRun ? "&dry_run=true" : ""), "text/csv", csv);
    }

    private static List<String> rowErrors(JsonObject report) {
        return report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line") + ":" + e.getString("field")).toList();
    }

    private JsonObject awaitFinished(Http.Reply started) {
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location");
        assertNotNull(location);
        return Await.until("import " + location + " to finish", Duration.ofSeconds(120), Duration.ofMillis(200), () -> {
            JsonObject job = http.get(location).json();
            if (!job.getString("status").equals("running")) {
                return Optional.of(job);
            }
            assertTrue(job.getInt("processed_rows") <= job.getInt("total_rows"), job.toString());
            return Optional.empty();
        });
    }

    private String locationCode(String id) {
        return http.get("/admin/stock-locations/" + id).json().getString("code");
    }

    @Test
    void stockDryRunReportsEveryBadRowAndWritesNothing() {
        String sku = Seed.unique("IMP");
        seed.product("Import dry run", sku);
        String location = seed.location();
        String code = locationCode(location);
        String csv = "sku,location,quantity,unit_cost,currency\n"
                + sku + "," + code + ",3,4.50,SGD\n"
                + "NO-SUCH-SKU," + code + ",1,,\n"
                + sku + ",NOWHERE,1,,\n"
                + "\n"
                + sku + "," + location + ",abc,,\n"
                + sku + "," + code + ",0,,\n"
                + sku + "," + code + ",1,1.234,SGD\n"
                + sku + "," + code + ",1,2.00,\n";
        Http.Reply reply = importCsv("stock", true, csv);
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertTrue(report.getBoolean("dry_run"));
        assertEquals(7, report.getInt("total_rows"));
        assertEquals(1, report.getInt("valid_rows"));
        assertEquals(List.of("3:sku", "4:location", "6:quantity", "7:quantity", "8:unit_cost", "9:currency"),
                rowErrors(report));
        assertEquals(0, http.get("/admin/inventory/levels?sku=" + sku).json().getInt("count"));
    }

    @Test
    void fileLevelProblemsAreReportedOnTheHeaderLine() {
        JsonObject report = importCsv("stock", true, "sku,qty\nA,1\n").json();
        assertEquals(List.of("1:location", "1:qty", "1:quantity"), rowErrors(report).stream().sorted().toList());
        assertEquals(0, report.getInt("valid_rows"));
        assertEquals(400, importCsv("inventory", true, "sku\n").status());
        assertEquals(400, http.send("POST", "/admin/imports?dry_run=true", "text/csv", "sku\n").status());
    }

    @Test
    void realRunWithOneBadRowIsRefusedWholeAndWritesNothing() {
        String sku = Seed.unique("IMP");
        seed.product("Import refused", sku);
        String code = locationCode(seed.location());
        long importsBefore = http.get("/admin/imports").json().getInt("count");
        Http.Reply reply = importCsv("stock", false, "sku,location,quantity\n"
                + sku + "," + code + ",5\n" + sku + "," + code + ",2\n" + "MISSING," + code + ",1\n");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("line 4: sku", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, http.get("/admin/inventory/levels?sku=" + sku).json().getInt("count"));
        assertEquals(importsBefore, http.get("/admin/imports").json().getInt("count"));
    }

    @Test
    void stockImportIsLedgeredWithUnitCostsAndPolledToTheEnd() {
        String sku = Seed.unique("IMP");
        seed.product("Import receipt", sku);
        String location = seed.location();
        String code = locationCode(location);
        JsonObject job = awaitFinished(importCsv("stock", false, "SKU, Location, Quantity, Unit_Cost, Currency\n"
                + sku.toLowerCase() + "," + code.toLowerCase() + ",3,4.50,sgd\n" + sku + "," + location + ",2,,\n"));
        assertEquals("succeeded", job.getString("status"), job.toString());
        assertEquals(2, job.getInt("total_rows"));
        assertEquals(2, job.getInt("processed_rows"));
        assertTrue(job.getString("id").startsWith("imp_"));
        assertEquals(5, seed.level(sku, location).getInt("stocked"));
        JsonObject ledger = http.get("/admin/inventory/movements?reference_id=" + job.getString("id")).json();
        assertEquals(2, ledger.getInt("count"));
        var costs = ledger.getJsonArray("movements").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.isNull("unit_cost")).map(m -> m.getJsonObject("unit_cost").getInt("amount")).toList();
        assertEquals(List.of(450), costs);
        assertEquals("receipt", ledger.getJsonArray("movements").getJsonObject(0).getString("kind"));
    }

    @Test
    void tenThousandRowStockImportCompletes() {
        String prefix = Seed.unique("BULK");
        String[] skus = IntStream.range(0, 100).mapToObj(i -> prefix + "-" + i).toArray(String[]::new);
        seed.product("Bulk import", skus);
        String first = locationCode(seed.location());
        String second = locationCode(seed.location());
        StringBuilder csv = new StringBuilder("sku,location,quantity,unit_cost,currency\n");
        for (int row = 0; row < 10_000; row++) {
            csv.append(skus[row % 100]).append(',').append((row / 100) % 2 == 0 ? first : second).append(",1,0.35,SGD\n");
        }
        long started = System.nanoTime();
        JsonObject job = awaitFinished(importCsv("stock", false, csv.toString()));
        assertEquals("succeeded", job.getString("status"), job.toString());
        assertEquals(10_000, job.getInt("processed_rows"));
        System.out.printf("10k-row stock import finished in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        JsonObject levels = http.get("/admin/inventory/levels?sku=" + skus[7]).json();
        assertEquals(2, levels.getInt("count"));
        levels.getJsonArray("levels").getValuesAs(JsonObject.class)
                .forEach(l -> assertEquals(50, l.getInt("stocked"), l.toString()));
        assertEquals(10_000, http.get("/admin/inventory/movements?limit=1&reference_id=" + job.getString("id"))
                .json().getInt("count"));
    }

    @Test
    void catalogImportCreatesProductsThenUpdatesTheSameSkus() {
        String token = Seed.unique("csv").toLowerCase();
        String header = "handle,product_title,sku,price,currency,game,set_code,set_name,collector_number,rarity,"
                + "condition,language,finish,grade_company,grade_score\n";
        String rows = token + "-luffy,Monkey.D.Luffy,OP01-" + token + "-NM,25.00,SGD,one_piece,OP01,Romance Dawn,"
                + "OP01-024,SR,NM,JA,foil,,\n"
                + token + "-luffy,Monkey.D.Luffy,OP01-" + token + "-LP,19.90,SGD,one_piece,OP01,Romance Dawn,"
                + "OP01-024,SR,LP,JA,foil,,\n"
                + ",\"Zoro, Leader\",OP01-" + token + "-Z,8,SGD,one_piece,OP01,Romance Dawn,OP01-001,L,NM,EN,,PSA,10\n";

        JsonObject bad = importCsv("catalog", true, header + rows
                + token + "-x,X,BAD SKU,abc,SGD,pokemon,,,,,mint,english,shiny,,\n").json();
        assertEquals(List.of("5:sku", "5:price", "5:condition", "5:finish", "5:language").stream().sorted().toList(),
                rowErrors(bad).stream().sorted().toList());
        assertEquals(3, bad.getInt("valid_rows"));

        JsonObject created = awaitFinished(importCsv("catalog", false, header + rows));
        assertEquals("succeeded", created.getString("status"), created.toString());
        JsonObject luffy = http.get("/admin/variants?sku=OP01-" + token + "-").json();
        assertEquals(3, luffy.getInt("count"), luffy.toString());
        JsonObject nm = http.get("/admin/variants?sku=OP01-" + token + "-NM").json().getJsonArray("variants")
                .getJsonObject(0);
        assertEquals(2500, nm.getJsonObject("price").getInt("amount"));
        assertEquals("Monkey.D.Luffy", nm.getString("product_title"));
        JsonObject zoro = http.get("/admin/variants?sku=OP01-" + token + "-Z").json().getJsonArray("variants")
                .getJsonObject(0);
        assertEquals("PSA", zoro.getJsonObject("grade").getString("company"));
        assertEquals("Zoro, Leader", zoro.getString("product_title"));

        JsonObject updated = awaitFinished(importCsv("catalog", false, header
                + token + "-luffy,,OP01-" + token + "-NM,27.50,SGD,one_piece,OP01,Romance Dawn,OP01-024,SR,NM,JA,foil,,\n"));
        assertEquals("succeeded", updated.getString("status"), updated.toString());
        assertEquals(2750, http.get("/admin/variants/" + nm.getString("id")).json().getJsonObject("price").getInt("amount"));
        assertEquals(3, http.get("/admin/variants?sku=OP01-" + token + "-").json().getInt("count"));
    }

    @Test
    void operatorsMayCheckButNotCommitACatalogImport() {
        Http operator = Http.withRole("operator");
        String csv = "handle,product_title,sku,price,currency,game\n" + Seed.unique("op").toLowerCase()
                + ",Pikachu," + Seed.unique("OPS") + ",1.00,SGD,pokemon\n";
        Http.Reply check = operator.send("POST", "/admin/imports?kind=catalog&dry_run=true", "text/csv", csv);
        assertEquals(200, check.status(), check.body());
        Http.Reply commit = operator.send("POST", "/admin/imports?kind=catalog", "text/csv", csv);
        assertEquals(403, commit.status(), commit.body());
        assertEquals("forbidden", commit.json().getString("type"));
    }

    @Test
    void unknownImportIs404() {
        assertEquals(404, http.get("/admin/imports/imp_nope").status());
    }
}
