package com.exzentcg.platform.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /admin/demo-data}: a realistic sample, and loading it twice changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataApiIT {

    private final Http http = Http.admin();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @Test
    void demoDataLoadsOnceAndCoversEveryStockScenario() {
        Http.Reply first = http.post("/admin/demo-data", "");
        assertEquals(200, first.status(), first.body());
        JsonObject created = first.json();
        assertTrue(created.getInt("products_created") >= 45, created.toString());
        assertTrue(created.getInt("variants_created") >= 250, created.toString());
        assertEquals(5, created.getInt("orders_placed"), created.toString());

        long orders = http.get("/admin/orders?q=demo-000").json().getInt("count");
        long movements = http.get("/admin/inventory/movements?limit=1").json().getInt("count");
        Http.Reply second = http.post("/admin/demo-data", "");
        assertEquals(200, second.status(), second.body());
        JsonObject again = second.json();
        for (String counter : new String[] {"locations_created", "products_created", "variants_created",
                "levels_stocked", "orders_placed"}) {
            assertEquals(0, again.getInt(counter), again.toString());
        }
        assertEquals(orders, http.get("/admin/orders?q=demo-000").json().getInt("count"));
        assertEquals(movements, http.get("/admin/inventory/movements?limit=1").json().getInt("count"));

        JsonObject low = http.get("/admin/inventory/levels?low_stock=true&limit=500").json();
        var levels = low.getJsonArray("levels").getValuesAs(JsonObject.class);
        assertTrue(levels.stream().anyMatch(l -> l.getInt("available") == 0), "an out-of-stock level");
        assertTrue(levels.stream().anyMatch(l -> l.getInt("available") > 0 && l.getInt("low_stock_threshold") > 0),
                "a low (not yet empty) level");
        assertTrue(levels.stream().allMatch(l -> l.getBoolean("low_stock")));
        assertTrue(http.get("/admin/inventory/levels?low_stock=false&limit=1").json().getInt("count") > 100);
        assertEquals(1, http.get("/admin/orders?q=demo-0001&status=placed").json().getInt("count"));
        assertEquals(1, http.get("/admin/orders?q=demo-0003&status=cancelled").json().getInt("count"));
    }
}
