package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The orders pages in a browser: filters that live in the URL and reach the API, the detail with
 * items, money and the stock timeline, the transitions an operator may make, a manual order, and
 * a viewer who is offered none of the actions.
 */
class ConsoleOrdersIT extends ConsoleTest {

    private static final String ROWS = "[data-table=orders] tbody tr[data-row]";

    private final Http admin = Http.admin();
    private final Seed seed = new Seed(admin);
    private String marker;
    private String locationId;
    private String sku;

    @BeforeEach
    void seedStock() {
        marker = Seed.unique("buyer").toLowerCase();
        locationId = seed.location();
        sku = Seed.unique("ORD");
        seed.product("Charizard ex " + sku, sku);
        seed.stock(sku, locationId, 10);
    }

    /** An order through the API, in an environment (or none), named after this test's marker. */
    private JsonObject order(String environment, int quantity) {
        var body = Json.createObjectBuilder().add("location_id", locationId).add("customer_name", "Ash " + marker)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", quantity)));
        if (environment != null) {
            body.add("environment", environment).add("channel", "shopee").add("external_ref", Seed.unique("SN"));
        }
        Http.Reply reply = admin.post("/admin/orders", body.build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Read in one script, so a re-render between reading the rows and their ids cannot go stale. */
    @SuppressWarnings("unchecked")
    private Set<String> rowIds() {
        return Set.copyOf((List<String>) console.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(r => r.getAttribute('data-row'))", ROWS));
    }

    private void waitForRows(String what, Set<String> expected) {
        console.until(what, d -> rowIds().equals(expected) ? Boolean.TRUE : null);
    }

    @Test
    void filteringByEnvironmentShowsOnlyThatEnvironmentAndKeepsTheFilterInTheUrl() {
        String sandboxA = order("sandbox", 1).getString("id");
        String sandboxB = order("sandbox", 1).getString("id");
        String live = order("live", 2).getString("id");
        String manual = order(null, 1).getString("id");
        console.loginAs(Http.newStaff("viewer"));

        console.go("/orders?q=" + marker);
        waitForRows("every order of this test", Set.of(sandboxA, sandboxB, live, manual));
        assertEquals("4", console.text("[data-pager-range]").replaceAll(".* of ", ""));

        console.select("select[data-filter=env]", "live");
        console.waitForUrl("env=live");
        waitForRows("only the live order", Set.of(live));
        assertTrue(console.currentUrl().contains("q=" + marker), "the other filters stay: " + console.currentUrl());
        for (WebElement pill : console.all(ROWS + " [data-env-pill]")) {
            assertEquals("live", pill.getAttribute("data-env-pill"));
        }
        console.screenshot("orders");

        // The home page's links land here with the filters already chosen.
        console.go("/orders?status=placed&env=sandbox&q=" + marker);
        waitForRows("the sandbox orders", Set.of(sandboxA, sandboxB));
        assertEquals("sandbox", console.waitFor("select[data-filter=env]").getAttribute("value"));
        assertEquals("placed", console.waitFor("select[data-filter=status]").getAttribute("value"));

        // The API agrees with what the list shows.
        JsonObject api = admin.get("/admin/orders?env=live&q=" + marker).json();
        assertEquals(1, api.getInt("count"));
        assertEquals(live, api.getJsonArray("orders").getJsonObject(0).getString("id"));

        console.click("[data-clear-filters]");
        console.until("filters cleared", d -> d.getCurrentUrl().endsWith("/app/orders") ? Boolean.TRUE : null);
    }

    @Test
    void anOperatorOpensAnOrderSeesItsStockTimelineAndShipsIt() {
        JsonObject placed = order("sandbox", 3);
        String id = placed.getString("id");
        assertEquals(3, seed.level(sku, locationId).getInt("reserved"));
        console.loginAs(Http.newStaff("operator"));

        console.go("/orders?q=" + marker);
        console.click("[data-order-link='" + id + "']");
        console.waitForUrl("/app/orders/" + id);
        console.waitFor("[data-order-status=placed]");
        console.waitForText("[data-table=order-items] tbody", sku);
        assertEquals("SGD 37.50", console.text("[data-order-total]"));
        console.waitFor("[data-timeline-entry=stock][data-movement=reservation]");
        assertTrue(console.all("[data-action=complete]").isEmpty(), "a placed order cannot complete yet");

        console.click("[data-action=ship]");
        console.click("[data-confirm]");
        console.waitFor("[data-order-status=shipped]");
        console.waitFor("[data-timeline-entry=stock][data-movement=shipment]");
        console.waitFor("[data-timeline-entry=status][data-event=shipped]");
        console.waitFor("[data-action=complete]");
        console.waitFor("[data-action=return]");
        console.screenshot("order-detail");

        JsonObject shipped = admin.get("/admin/orders/" + id).json();
        assertEquals("shipped", shipped.getString("status"));
        JsonObject level = seed.level(sku, locationId);
        assertEquals(0, level.getInt("reserved"), level.toString());
        assertEquals(7, level.getInt("stocked"), level.toString());

        // Part of it comes back: one card goes back on the shelf.
        console.click("[data-action=return]");
        console.type("[data-return-quantity='" + sku + "']", "1");
        console.click("[data-form=return] [data-confirm]");
        console.waitFor("[data-timeline-entry=stock][data-movement=return]");
        assertEquals(8, seed.level(sku, locationId).getInt("stocked"));
        assertEquals(1, admin.get("/admin/orders/" + id).json().getJsonArray("items").getJsonObject(0)
                .getInt("returned_quantity"));
    }

    @Test
    void anOperatorPlacesAManualOrderAndSeesTheApisFieldErrors() {
        console.loginAs(Http.newStaff("operator"));
        console.go("/orders");
        console.click("[data-new-order]");
        console.waitFor("[data-form=new-order]");
        console.until("locations loaded", d -> d.findElements(By.cssSelector(
                "[data-form=new-order] select[data-location-select] option[value='" + locationId + "']")).isEmpty() ? null : Boolean.TRUE);
        console.select("[data-form=new-order] select[data-location-select]", locationId);
        console.type("[data-line-sku='0']", sku);
        console.type("input[name='items[0].quantity']", "99");
        console.type("[data-form=new-order] input[name=customer_name]", "Misty " + marker);
        console.click("[data-place-order]");
        String refused = console.waitFor("[data-field-error='items[0].quantity']").getText();
        assertTrue(refused.toLowerCase().contains("available") || refused.toLowerCase().contains("stock"), refused);
        assertEquals(0, admin.get("/admin/orders?q=" + marker).json().getInt("count"), "nothing was placed");

        console.type("input[name='items[0].quantity']", "2");
        console.click("[data-place-order]");
        console.waitFor("[data-order-status=placed]");
        String id = console.currentUrl().replaceAll(".*/app/orders/", "");
        console.waitForText("[data-table=order-items] tbody", sku);

        JsonObject order = admin.get("/admin/orders/" + id).json();
        assertEquals("manual", order.getString("channel"));
        assertEquals(locationId, order.getString("location_id"));
        assertEquals("Misty " + marker, order.getJsonObject("customer").getString("name"));
        assertEquals(2, seed.level(sku, locationId).getInt("reserved"));
    }

    @Test
    void aViewerSeesOrdersButNoActions() {
        String id = order("live", 1).getString("id");
        console.loginAs(Http.newStaff("viewer"));
        console.go("/orders?q=" + marker);
        waitForRows("the order", Set.of(id));
        assertTrue(console.all("[data-new-order]").isEmpty(), "viewers cannot place orders");

        console.go("/orders/" + id);
        console.waitFor("[data-order-status=placed]");
        console.waitFor("[data-timeline-entry=stock]");
        List<WebElement> actions = console.all("[data-order-actions], [data-action]");
        assertTrue(actions.isEmpty(), "no ship/cancel for a viewer");
        assertEquals(403, Http.newStaff("viewer").http().post("/admin/orders/" + id + "/ship", "").status(),
                "and the API refuses it anyway");
    }
}
