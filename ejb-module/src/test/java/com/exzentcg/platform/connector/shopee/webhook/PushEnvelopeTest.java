package com.exzentcg.platform.connector.shopee.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import org.junit.jupiter.api.Test;

class PushEnvelopeTest {

    // Reference §11, push P1.
    private static final String P1 = "{\"data\":{\"items\":[],\"ordersn\":\"220810QSK8S7BX\",\"status\":\"READY_TO_SHIP\","
            + "\"completed_scenario\":\"\",\"update_time\":1660123127},\"shop_id\":727720655,\"code\":3,\"timestamp\":1660123127}";

    @Test
    void orderStatusPushIsRead() {
        PushEnvelope push = PushEnvelope.parse(P1.getBytes());
        assertEquals(3, push.code());
        assertEquals(727720655L, push.shopId());
        assertEquals("220810QSK8S7BX", push.orderSn());
        assertEquals("READY_TO_SHIP", push.status());
        assertEquals(1660123127L, push.updateTime());
    }

    @Test
    void verificationProbeHasNoShopOrTimestamp() {
        PushEnvelope probe = PushEnvelope.parse(
                "{\"code\":0,\"data\":{\"verify_info\":\"This is a Verification message.\"}}".getBytes());
        assertEquals(PushEnvelope.VERIFY_PROBE, probe.code());
        assertNull(probe.shopId());
        assertNull(probe.orderSn());
    }

    @Test
    void bodiesThatAreNotEnvelopesAreMalformed() {
        for (String body : new String[] {"", "not json", "[1,2]", "{\"code\":\"3\"}", "{\"data\":{}}", "{\"code\":3"}) {
            assertThrows(PushEnvelope.MalformedPushException.class, () -> PushEnvelope.parse(body.getBytes()), body);
        }
    }

    @Test
    void deeplyNestedBodiesAreMalformedNotAServerError() {
        // Parsson refuses nesting deeper than 1000 with a bare RuntimeException (found by bench/fault-drills.sh)
        for (String body : new String[] {"[".repeat(1001) + "]".repeat(1001),
                "{\"code\":3,\"data\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}"}) {
            assertThrows(PushEnvelope.MalformedPushException.class, () -> PushEnvelope.parse(body.getBytes()));
        }
    }

    @Test
    void numbersThatAreNotWholeOrTooLongAreNeverWrapped() {
        String digits = "1" + "0".repeat(5000); // Parsson throws UnsupportedOperationException past 1100 digits
        for (String code : new String[] {digits, "1e400", "4294967299", "3.5"}) {
            String body = P1.replace("\"code\":3", "\"code\":" + code);
            assertThrows(PushEnvelope.MalformedPushException.class, () -> PushEnvelope.parse(body.getBytes()), code);
        }
        // a number past Parsson's length limit fails the read already: malformed, wherever it is
        assertThrows(PushEnvelope.MalformedPushException.class,
                () -> PushEnvelope.parse(P1.replace("\"shop_id\":727720655", "\"shop_id\":" + digits).getBytes()));
        for (String value : new String[] {"1e400", "99999999999999999999999", "-9223372036854775809", "1.5"}) {
            PushEnvelope push = PushEnvelope.parse(P1.replace("\"shop_id\":727720655", "\"shop_id\":" + value)
                    .replace("\"update_time\":1660123127", "\"update_time\":" + value)
                    .replace("\"timestamp\":1660123127", "\"timestamp\":" + value).getBytes());
            assertEquals(3, push.code());
            assertNull(push.shopId(), value);
            assertNull(push.timestamp(), value);
            assertNull(push.updateTime(), value);
        }
        assertEquals(3, PushEnvelope.parse(P1.replace("\"code\":3", "\"code\":3.0").getBytes()).code());
    }

    @Test
    void dedupeKeyDependsOnProfileAndExactBytes() {
        String a = WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", P1.getBytes());
        assertEquals(a, WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", P1.getBytes()));
        assertEquals(false, a.equals(WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_2", P1.getBytes())));
        assertEquals(false, a.equals(WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", (P1 + " ").getBytes())));
    }
}
