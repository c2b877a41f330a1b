package com.exzentcg.platform.connector.shopee.client;

import com.exzentcg.platform.connector.shopee.EscrowDetail;
import com.exzentcg.platform.connector.shopee.LostPushPage;
import com.exzentcg.platform.connector.shopee.Model;
import com.exzentcg.platform.connector.shopee.OrderDetail;
import com.exzentcg.platform.connector.shopee.OrderPage;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.StockEntry;
import com.exzentcg.platform.connector.shopee.StockUpdateResult;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.Warehouse;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The anti-corruption layer: the only place that knows Shopee's JSON shapes. Reads leniently (Shopee
 * sends some numbers as strings and omits optional fields) and writes the request bodies.
 */
public final class ShopeeJson {

    // looked up once: JsonProvider.provider() runs a ServiceLoader scan on every call
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private ShopeeJson() {
    }

    // ---- envelope ----------------------------------------------------------------------------

    /** @return null when the text is not a JSON object (an HTML error page from a proxy, say) */
    public static JsonObject parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            return null;
        }
    }

    /** @return null when {@code error} is empty or absent */
    static ShopeeApiException errorOf(JsonObject envelope, Secrets secrets) {
        String error = string(envelope, "error");
        if (error == null || error.isEmpty()) {
            return null;
        }
        return new ShopeeApiException(error, secrets.scrub(string(envelope, "message")),
                string(envelope, "request_id"));
    }

    private static JsonObject response(JsonObject envelope) {
        JsonValue response = envelope.get("response");
        return response instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    // ---- auth ---------------------------------------------------------------------------------

    public static JsonObject tokenRequest(String code, long partnerId, long shopId) {
        // partner_id as a JSON int: Shopee rejects a string
        return BUILDERS.createObjectBuilder().add("code", code).add("partner_id", partnerId).add("shop_id", shopId).build();
    }

    public static JsonObject refreshRequest(String refreshToken, long partnerId, long shopId) {
        return BUILDERS.createObjectBuilder()
                .add("refresh_token", refreshToken).add("partner_id", partnerId).add("shop_id", shopId).build();
    }

    /** Auth endpoints answer at top level, not under {@code response}. */
    public static TokenGrant tokenGrant(JsonObject envelope) {
        return new TokenGrant(string(envelope, "access_token"), string(envelope, "refresh_token"),
                longOr(envelope, "expire_in", 0), string(envelope, "request_id"));
    }

    // ---- orders -------------------------------------------------------------------------------

    public static OrderPage orderPage(JsonObject envelope) {
        JsonObject response = response(envelope);
        List<OrderPage.Entry> orders = objects(response, "order_list",
                o -> new OrderPage.Entry(string(o, "order_sn"), string(o, "order_status")));
        String cursor = string(response, "next_cursor");
        return new OrderPage(orders, bool(response, "more"), cursor == null ? "" : cursor);
    }

    public static List<OrderDetail> orderDetails(JsonObject envelope) {
        return objects(response(envelope), "order_list", ShopeeJson::orderDetail);
    }

    private static OrderDetail orderDetail(JsonObject o) {
        JsonObject address = o.get("recipient_address") instanceof JsonObject a ? a : null;
        return new OrderDetail(
                string(o, "order_sn"), string(o, "region"), string(o, "currency"), string(o, "order_status"),
                longOr(o, "create_time", 0), longOr(o, "update_time", 0), longOrNull(o, "pay_time"),
                decimal(o, "total_amount"), longOrNull(o, "buyer_user_id"), string(o, "buyer_username"),
                string(o, "payment_method"), string(o, "message_to_seller"), string(o, "note"),
                string(o, "cancel_by"), string(o, "cancel_reason"),
                address == null ? null : recipient(address),
                objects(o, "item_list", ShopeeJson::orderItem),
                objects(o, "package_list", p -> new OrderDetail.ShippingPackage(string(p, "package_number"),
                        string(p, "logistics_status"), string(p, "shipping_carrier"))));
    }

    private static OrderDetail.Recipient recipient(JsonObject a) {
        return new OrderDetail.Recipient(string(a, "name"), string(a, "phone"), string(a, "town"),
                string(a, "district"), string(a, "city"), string(a, "state"), string(a, "region"),
                string(a, "zipcode"), string(a, "full_address"));
    }

    private static OrderDetail.Item orderItem(JsonObject i) {
        return new OrderDetail.Item(longOr(i, "item_id", 0), string(i, "item_name"), string(i, "item_sku"),
                longOr(i, "model_id", 0), string(i, "model_name"), string(i, "model_sku"),
                (int) longOr(i, "model_quantity_purchased", 0),
                decimal(i, "model_original_price"), decimal(i, "model_discounted_price"));
    }

    // ---- payment ------------------------------------------------------------------------------

    public static EscrowDetail escrowDetail(JsonObject envelope) {
        JsonObject response = response(envelope);
        JsonObject income = response.get("order_income") instanceof JsonObject i ? i : JsonValue.EMPTY_JSON_OBJECT;
        return new EscrowDetail(string(response, "order_sn"), string(response, "buyer_user_name"),
                decimal(income, "escrow_amount"), decimal(income, "buyer_total_amount"),
                decimal(income, "original_price"), decimal(income, "seller_discount"),
                decimal(income, "shopee_discount"), decimal(income, "voucher_from_seller"),
                decimal(income, "voucher_from_shopee"), decimal(income, "commission_fee"),
                decimal(income, "service_fee"), decimal(income, "seller_transaction_fee"),
                decimal(income, "buyer_paid_shipping_fee"), decimal(income, "actual_shipping_fee"),
                decimal(income, "final_shipping_fee"), decimal(income, "escrow_amount_after_adjustment"),
                income.toString());
    }

    // ---- warehouses, models, stock ------------------------------------------------------------

    public static List<Warehouse> warehouses(JsonObject envelope) {
        // here "response" is an array, unlike every other shop API
        JsonValue response = envelope.get("response");
        if (!(response instanceof JsonArray array)) {
            return List.of();
        }
        return array.getValuesAs(JsonObject.class).stream()
                .map(w -> new Warehouse(longOr(w, "warehouse_id", 0), string(w, "warehouse_name"),
                        (int) longOr(w, "warehouse_type", 1), string(w, "location_id"), string(w, "region"),
                        string(w, "state"), string(w, "city"), string(w, "address"), string(w, "zipcode")))
                .toList();
    }

    public static List<Model> models(JsonObject envelope) {
        return objects(response(envelope), "model", ShopeeJson::model);
    }

    private static Model model(JsonObject m) {
        JsonObject stock = m.get("stock_info_v2") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject summary = stock.get("summary_info") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
        return new Model(longOr(m, "model_id", 0), string(m, "model_sku"), string(m, "model_status"),
                (int) longOr(summary, "total_available_stock", 0), (int) longOr(summary, "total_reserved_stock", 0),
                objects(stock, "seller_stock", s -> new Model.LocationStock(string(s, "location_id"),
                        (int) longOr(s, "stock", 0), !s.containsKey("if_saleable") || bool(s, "if_saleable"))));
    }

    public static JsonObject stockRequest(long itemId, List<StockEntry> entries) {
        JsonArrayBuilder list = BUILDERS.createArrayBuilder();
        for (StockEntry entry : entries) {
            JsonObjectBuilder location = BUILDERS.createObjectBuilder();
            if (entry.locationId() != null) {
                // omitted, not null, for shops without warehouses
                location.add("location_id", entry.locationId());
            }
            location.add("stock", entry.stock());
            list.add(BUILDERS.createObjectBuilder()
                    .add("model_id", entry.modelId())
                    .add("seller_stock", BUILDERS.createArrayBuilder().add(location)));
        }
        return BUILDERS.createObjectBuilder().add("item_id", itemId).add("stock_list", list).build();
    }

    public static StockUpdateResult stockUpdateResult(JsonObject envelope) {
        JsonObject response = response(envelope);
        return new StockUpdateResult(
                objects(response, "success_list", s -> new StockUpdateResult.Success(longOr(s, "model_id", 0),
                        string(s, "location_id"), (int) longOr(s, "stock", 0))),
                objects(response, "failure_list", f -> new StockUpdateResult.Failure(longOr(f, "model_id", 0),
                        string(f, "location_id"), string(f, "failed_reason"))));
    }

    // ---- push ---------------------------------------------------------------------------------

    public static LostPushPage lostPushPage(JsonObject envelope) {
        JsonObject response = response(envelope);
        List<LostPushPage.Message> messages = objects(response, "push_message_list",
                m -> new LostPushPage.Message(longOrNull(m, "shop_id"), (int) longOr(m, "code", 0),
                        longOr(m, "timestamp", 0), rawJson(m.get("data"))));
        return new LostPushPage(messages, bool(response, "has_next_page"), longOr(response, "last_message_id", 0));
    }

    public static JsonObject confirmRequest(long lastMessageId) {
        return BUILDERS.createObjectBuilder().add("last_message_id", lastMessageId).build();
    }

    /** Shopee documents {@code data} as a string holding JSON; accept an embedded object as well. */
    private static String rawJson(JsonValue data) {
        if (data == null || data.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return data instanceof JsonString s ? s.getString() : data.toString();
    }

    // ---- lenient readers ----------------------------------------------------------------------

    private static <T> List<T> objects(JsonObject parent, String key, Function<JsonObject, T> mapper) {
        JsonValue value = parent.get(key);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject).map(mapper).toList();
    }

    static String string(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    private static Long longOrNull(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static long longOr(JsonObject o, String key, long fallback) {
        Long value = longOrNull(o, key);
        return value == null ? fallback : value;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            try {
                return new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean bool(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == JsonValue.TRUE
                || value instanceof JsonNumber n && n.intValue() != 0
                || value instanceof JsonString s && "true".equalsIgnoreCase(s.getString());
    }
}
