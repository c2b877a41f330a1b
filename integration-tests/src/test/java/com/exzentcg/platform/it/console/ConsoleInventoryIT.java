package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.Seed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The inventory pages as an operator uses them: levels filtered by SKU, location and low stock;
 * adjustments, transfers and thresholds through the row dialogs (checked through the API), the
 * API's refusals under the field they name, and the movement history of a level.
 */
class ConsoleInventoryIT extends ConsoleTest {

    private final Seed seed = new Seed(Http.admin());
    private String warehouse;
    private String store;
    private String sku;
    private String level;

    @BeforeEach
    void seedStock() {
        warehouse = seed.location();
        store = seed.location();
        sku = Seed.unique("INV");
        seed.product("Console inventory card", sku);
        level = seed.stock(sku, warehouse, 10).getString("id");
    }

    @Test
    void operatorAdjustsStockThroughTheDialogAndSeesTheApisRefusalUnderTheField() {
        console.loginAs(Http.newStaff("operator"));
        console.go("/inventory");
        console.type("[data-filter=sku]", sku).click("[data-apply=sku]");
        console.waitForUrl("sku=" + sku);
        String row = "[data-table=levels] tr[data-row='" + level + "']";
        console.waitForText(row + " [data-cell=stocked]", "10");
        assertEquals(1, console.all("[data-table=levels] tbody tr[data-row]").size(), "filtered to the one level");
        assertTrue(console.text(row + " [data-cell=location]").contains("Test warehouse"), "locations show by name");

        console.click(row + " [data-action=adjust]");
        console.type("[data-form=adjust] input[name=delta]", "5")
                .type("[data-form=adjust] input[name=reason]", "found in the back room")
                .click("[data-form=adjust] button[type=submit]");
        console.waitGone("[data-form=adjust]");
        console.waitForText(row + " [data-cell=stocked]", "15");
        assertEquals("15", console.text(row + " [data-cell=available]"));
        assertEquals(15, seed.level(sku, warehouse).getInt("stocked"), "the API has the new stock");

        // Writing off more than is there: the API's 409 names delta, and the dialog shows it there.
        console.click(row + " [data-action=adjust]");
        console.type("[data-form=adjust] input[name=delta]", "-40")
                .type("[data-form=adjust] input[name=reason]", "damaged")
                .click("[data-form=adjust] button[type=submit]");
        console.waitForText("[data-form=adjust] [data-field-error=delta]", "exceeds the available stock (15)");
        assertTrue(console.text("[data-form=adjust] .error-banner").contains("Only 15 of SKU " + sku), console.text("[data-form=adjust] .error-banner"));
        // A zero change is refused by the API too, under the same field.
        console.type("[data-form=adjust] input[name=delta]", "0").click("[data-form=adjust] button[type=submit]");
        console.waitForText("[data-form=adjust] [data-field-error=delta]", "must not be 0");
        console.clickText("[data-form=adjust]", "Cancel");
        console.waitGone("[data-form=adjust]");
        assertEquals(15, seed.level(sku, warehouse).getInt("stocked"), "refused adjustments changed nothing");
    }

    @Test
    void operatorTransfersBetweenLocationsAndFollowsTheMovementHistory() {
        Http.StaffMember operator = Http.newStaff("operator");
        console.loginAs(operator);
        console.go("/inventory?sku=" + sku);
        String row = "[data-table=levels] tr[data-row='" + level + "']";
        console.waitForText(row + " [data-cell=available]", "10");

        console.click(row + " [data-action=transfer]");
        console.select("[data-form=transfer] select[name=to_location_id]", store);
        console.type("[data-form=transfer] input[name=quantity]", "25")
                .click("[data-form=transfer] button[type=submit]");
        console.waitForText("[data-form=transfer] [data-field-error=quantity]", "exceeds the available stock (10)");
        assertTrue(console.text("[data-form=transfer] .error-banner").contains("Only 10 of SKU " + sku));

        console.type("[data-form=transfer] input[name=quantity]", "4")
                .type("[data-form=transfer] input[name=reason]", "restock the shop")
                .click("[data-form=transfer] button[type=submit]");
        console.waitGone("[data-form=transfer]");
        console.waitForText(row + " [data-cell=stocked]", "6");
        assertEquals(6, seed.level(sku, warehouse).getInt("stocked"));
        JsonObject atStore = seed.level(sku, store);
        assertEquals(4, atStore.getInt("stocked"));
        console.waitForText("[data-table=levels] tr[data-row='" + atStore.getString("id") + "'] [data-cell=stocked]", "4");

        console.click(row + " [data-action=history]");
        console.waitForUrl("/app/inventory/movements?sku=" + sku + "&location_id=" + warehouse);
        console.waitFor("[data-table=movements] [data-kind=transfer_out]");
        List<WebElement> rows = console.all("[data-table=movements] tbody tr[data-row]");
        assertEquals(2, rows.size(), "the receipt and the transfer out, at this location only");
        // Newest first: the transfer, then the stock the test seeded.
        assertEquals("−4", rows.get(0).findElement(By.cssSelector("[data-cell=stocked_delta]")).getText());
        assertEquals("restock the shop", rows.get(0).findElement(By.cssSelector("[data-cell=reason]")).getText());
        assertEquals("+10", rows.get(1).findElement(By.cssSelector("[data-cell=stocked_delta]")).getText());
        assertEquals("test stock", rows.get(1).findElement(By.cssSelector("[data-cell=reason]")).getText());
        // Who did it: the ledger names the signed-in staff member behind each API call.
        WebElement mine = rows.get(0).findElement(By.cssSelector("[data-cell=actor]"));
        assertEquals("you", mine.getText());
        assertEquals(operator.email(), mine.getAttribute("title"));
        assertEquals(Http.owner().email(), rows.get(1).findElement(By.cssSelector("[data-cell=actor]")).getText());
        JsonObject ledger = Http.admin().get("/admin/inventory/movements?sku=" + sku + "&location_id=" + store).json();
        assertEquals(operator.email(), ledger.getJsonArray("movements").getJsonObject(0).getString("actor"));

        // The transfer reference shows both legs of the move.
        rows.get(0).findElement(By.cssSelector("[data-reference=transfer]")).click();
        console.waitForUrl("reference_id=trf");
        console.waitFor("[data-table=movements] [data-kind=transfer_in]");
        assertEquals(2, console.all("[data-table=movements] tbody tr[data-row]").size());
        assertTrue(console.text("[data-table=movements] [data-kind=transfer_in]").contains("transfer in"));
        console.screenshot("movements");
    }

    @Test
    void lowStockFilterAndThresholdEditing() {
        String low = Seed.unique("LOW");
        seed.product("Console low-stock card", low);
        String lowLevel = seed.stock(low, warehouse, 2).getString("id");
        assertEquals(200, Http.admin().patch("/admin/inventory/levels/" + lowLevel,
                Json.createObjectBuilder().add("low_stock_threshold", 5).build()).status());

        console.loginAs(Http.newStaff("operator"));
        console.go("/");
        console.click("[data-card=low_stock_items]");
        console.waitForUrl("/app/inventory?low_stock=true");
        console.select("[data-filter=location_id]", warehouse);
        console.waitForUrl("location_id=" + warehouse);
        String lowRow = "[data-table=levels] tr[data-row='" + lowLevel + "']";
        console.waitFor(lowRow + " [data-low-stock]");
        assertTrue(console.currentUrl().contains("low_stock=true"), "the filters combine in the URL");
        assertEquals(1, console.all("[data-table=levels] tbody tr[data-row]").size(), "the healthy level is not low");

        // Raise the healthy level's threshold above its stock: it becomes low too.
        console.click("[data-filter-low=all]");
        String row = "[data-table=levels] tr[data-row='" + level + "']";
        console.waitFor(row);
        assertTrue(console.all(row + " [data-low-stock]").isEmpty());
        console.click(row + " [data-action=threshold]");
        console.type("[data-form=threshold] input[name=low_stock_threshold]", "-1")
                .click("[data-form=threshold] button[type=submit]");
        console.waitForText("[data-form=threshold] [data-field-error=low_stock_threshold]", "must be 0 or more");
        console.type("[data-form=threshold] input[name=low_stock_threshold]", "12")
                .click("[data-form=threshold] button[type=submit]");
        console.waitGone("[data-form=threshold]");
        console.waitForText(row + " [data-cell=threshold]", "12");
        console.waitFor(row + " [data-low-stock]");
        JsonObject after = seed.level(sku, warehouse);
        assertEquals(12, after.getInt("low_stock_threshold"));
        assertTrue(after.getBoolean("low_stock"));

        console.click("[data-filter-low=true]");
        console.waitFor(row + " [data-low-stock]");
        console.waitFor(lowRow + " [data-low-stock]");
        assertEquals(2, console.all("[data-table=levels] tbody tr[data-row]").size());
        console.screenshot("inventory");
    }

    @Test
    void anOrdersReservationShowsAsReservedAndItsMovementLinksToTheOrder() {
        Http.Reply placed = Http.admin().post("/admin/orders", Json.createObjectBuilder().add("location_id", warehouse)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", 3)))
                .build());
        assertEquals(201, placed.status(), placed.body());
        String order = placed.json().getString("id");

        console.loginAs(Http.newStaff("viewer"));
        console.go("/inventory?sku=" + sku);
        String row = "[data-table=levels] tr[data-row='" + level + "']";
        console.waitForText(row + " [data-cell=reserved]", "3");
        assertEquals("10", console.text(row + " [data-cell=stocked]"));
        assertEquals("7", console.text(row + " [data-cell=available]"));

        console.click("[data-link=movements]");
        console.waitForUrl("/app/inventory/movements?sku=" + sku);
        String reservation = "[data-table=movements] [data-reference=order]";
        console.waitForText(reservation, order);
        assertEquals("+3", console.text("[data-table=movements] [data-cell=reserved_delta][data-value='3']"));
        console.click(reservation);
        console.waitForUrl("/app/orders/" + order);
    }

    @Test
    void aViewerSeesLevelsAndHistoryButNoStockActions() {
        console.loginAs(Http.newStaff("viewer"));
        console.go("/inventory?sku=" + sku);
        String row = "[data-table=levels] tr[data-row='" + level + "']";
        console.waitForText(row + " [data-cell=stocked]", "10");
        console.waitFor(row + " [data-action=history]");
        assertTrue(console.all("[data-action=adjust]").isEmpty(), "no adjust button for a viewer");
        assertTrue(console.all("[data-action=transfer]").isEmpty(), "no transfer button for a viewer");
        assertTrue(console.all("[data-action=threshold]").isEmpty(), "no threshold button for a viewer");
        assertTrue(console.all("[data-action=new-adjustment]").isEmpty(), "no header adjust button for a viewer");
        // The API still enforces what the console hides.
        assertEquals(403, Http.withRole("viewer").post("/admin/inventory/adjustments", Json.createObjectBuilder()
                .add("sku", sku).add("location_id", warehouse).add("delta", 1).add("reason", "x").build()).status());
    }
}
