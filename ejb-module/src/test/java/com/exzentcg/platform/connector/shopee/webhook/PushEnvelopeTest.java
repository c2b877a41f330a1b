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
    void dedupeKeyDependsOnProfileAndExactBytes() {
        String a = WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", P1.getBytes());
        assertEquals(a, WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", P1.getBytes()));
        assertEquals(false, a.equals(WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_2", P1.getBytes())));
        assertEquals(false, a.equals(WebhookIngest.dedupeKey(ShopeeEnvironment.SANDBOX, "prof_1", (P1 + " ").getBytes())));
    }
}
