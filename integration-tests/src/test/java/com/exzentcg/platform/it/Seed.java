package com.exzentcg.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Seeds commerce data through the admin API for black-box tests, each call with fresh unique keys. */
public final class Seed {

    private final Http http;

    public Seed(Http http) {
        this.http = http;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new active warehouse; returns its id. */
    public String location() {
        Http.Reply reply = http.post("/admin/stock-locations", Json.createObjectBuilder()
                .add("code", unique("LOC")).add("name", "Test warehouse").add("type", "warehouse").build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    /** A Pokémon single with one NM English variant per SKU, priced 12.50 SGD; returns the product. */
    public JsonObject product(String title, String... skus) {
        JsonArrayBuilder variants = Json.createArrayBuilder();
        for (String sku : skus) {
            variants.add(Json.createObjectBuilder().add("sku", sku)
                    .add("price", Json.createObjectBuilder().add("amount", 1250).add("currency_code", "SGD"))
                    .add("game", "pokemon").add("set_code", "sv3pt5").add("set_name", "151")
                    .add("collector_number", "006/165").add("rarity", "Double Rare"));
        }
        Http.Reply reply = http.post("/admin/products",
                Json.createObjectBuilder().add("title", title).add("variants", variants).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Adds {@code quantity} units by a ledgered adjustment; returns the level. */
    public JsonObject stock(String sku, String locationId, int quantity) {
        Http.Reply reply = http.post("/admin/inventory/adjustments", Json.createObjectBuilder().add("sku", sku)
                .add("location_id", locationId).add("delta", quantity).add("reason", "test stock").build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** The level of a SKU at a location (stocked, reserved, available…). */
    public JsonObject level(String sku, String locationId) {
        Http.Reply reply = http.get("/admin/inventory/levels?sku=" + sku + "&location_id=" + locationId);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().getJsonArray("levels").size(), reply.body());
        return reply.json().getJsonArray("levels").getJsonObject(0);
    }
}
