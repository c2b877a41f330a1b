package com.exzentcg.platform.connector.shopee.webhook;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The parts of Shopee's push envelope ({@code {"shop_id","code","timestamp","data"}}) the
 * platform routes on. The order key inside {@code data} is {@code ordersn}, not {@code order_sn}.
 */
public record PushEnvelope(int code, Long shopId, Long timestamp, JsonObject data) {

    public static final int VERIFY_PROBE = 0;
    public static final int SHOP_AUTHORIZED = 1;
    public static final int AUTHORIZATION_CANCELLED = 2;
    public static final int ORDER_STATUS = 3;
    public static final int RESERVED_STOCK_CHANGE = 8;
    public static final int AUTHORIZATION_EXPIRY = 12;

    // Made once, as ShopeeJson does: Json.createReader looks the provider up with a ServiceLoader
    // scan on every call (8% of the webhook threads' CPU samples on a freshly started server).
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Thrown when the body is not a push envelope; the message is safe to show operators. */
    public static final class MalformedPushException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedPushException(String message) {
            super(message, null, false, false);
        }
    }

    public static PushEnvelope parse(byte[] raw) {
        JsonObject root;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(raw))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedPushException("push body is not a JSON object");
            }
            root = value.asJsonObject();
        } catch (MalformedPushException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException, IllegalStateException, and Parsson's limits: nesting deeper than
            // 1000 throws a bare RuntimeException ("Input is too deeply nested")
            throw new MalformedPushException("push body is not valid JSON");
        }
        Integer code = root.get("code") instanceof JsonNumber n ? intOrNull(n) : null;
        if (code == null) {
            throw new MalformedPushException("push has no numeric code");
        }
        JsonValue data = root.get("data");
        JsonObject dataObject = data != null && data.getValueType() == JsonValue.ValueType.OBJECT
                ? data.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        return new PushEnvelope(code, longOrNull(root, "shop_id"), longOrNull(root, "timestamp"), dataObject);
    }

    /** The order a push is about, if it names one. */
    public String orderSn() {
        for (String key : new String[] {"ordersn", "order_sn"}) {
            if (data.get(key) instanceof jakarta.json.JsonString s && !s.getString().isBlank()) {
                return s.getString();
            }
        }
        return null;
    }

    public String status() {
        return data.get("status") instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    public Long updateTime() {
        return longOrNull(data, "update_time");
    }

    /** A whole number that fits a long, else null, as when the value is missing or not a number. */
    static Long longOrNull(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonNumber n)) {
            return null;
        }
        try {
            return n.bigDecimalValue().longValueExact();
        } catch (RuntimeException e) {
            // a fraction, out of range, or longer than Parsson allows (UnsupportedOperationException
            // beyond 1100 digits): never silently wrapped or truncated into another value
            return null;
        }
    }

    /** A whole number that fits an int, else null. */
    private static Integer intOrNull(JsonNumber n) {
        try {
            return n.bigDecimalValue().intValueExact();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
