package com.exzentcg.platform.connector.shopee.fake;

import com.exzentcg.platform.connector.shopee.ShopeeSigner;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FakeShopee's pushes carry the header the connector's verifier accepts, over the raw bytes. */
class FakeShopeePushTest {

    private static final String PUSH_KEY = "70757368706172746e65726b65796e6f747265616c3030303030303030303033";

    private final FakeShopee fake = FakeShopee.start();
    private HttpServer receiver;

    @AfterEach
    void stop() {
        fake.close();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void signed_push_verifies_at_the_receiver() throws IOException {
        AtomicReference<Boolean> verified = new AtomicReference<>();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String callback = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/shopee/push?env=test&profile_id=1";
        receiver.createContext("/shopee/push", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean ok = ShopeeSigner.verifyPush(PUSH_KEY, callback, body,
                    exchange.getRequestHeaders().getFirst("Authorization"));
            verified.set(ok);
            exchange.sendResponseHeaders(ok ? 204 : 401, -1); // Shopee wants 2xx with an empty body
            exchange.close();
        });
        receiver.start();

        int status = fake.sendPush(callback, PUSH_KEY, FakeShopee.orderStatusPush(1, "SN1", "PROCESSED", 1660123127));
        assertEquals(204, status);
        assertTrue(verified.get());

        assertEquals(401, fake.sendPush(callback, "another-key", "{\"code\":0}"));
    }

    @Test
    void order_status_push_matches_reference_p1_layout() {
        String body = FakeShopee.orderStatusPush(727720655, "220810QSK8S7BX", "READY_TO_SHIP", 1660123127);
        assertEquals("f089322804a34f7a1fa89acf330dc93b08c5649179da1ea8c4769b6061a26619",
                FakeShopee.pushSignature(PUSH_KEY, "https://erp.example.com/shopee/push",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
