package com.exzentcg.platform.connector.shopee.fake;

import jakarta.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Runs {@link FakeShopee} as a standalone process so an outside client can drive it (see
 * {@code connector-module/sdk-crosscheck/run.sh}, which points the npm {@code @congminh1254/shopee-sdk}
 * at it).
 *
 * <p>Usage: {@code FakeShopeeServer <partnerId> <partnerKey> <shopId>}. Registers the partner and
 * the shop, puts one sample order, issues an auth code and prints one JSON line
 * {@code {"base_url":"http://127.0.0.1:<port>/api/v2","auth_code":"…","shop_id":…,"order_sn":"…"}}
 * to stdout. Runs on the real clock until stdin closes or the process is killed.
 */
public final class FakeShopeeServer {

    /** The order the launcher puts; clients ask for it with {@code get_order_detail}. */
    public static final String SAMPLE_ORDER_SN = "260101CROSSCHK1";

    private FakeShopeeServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FakeShopeeServer <partnerId> <partnerKey> <shopId>");
            System.exit(2);
        }
        long partnerId = Long.parseLong(args[0]);
        String partnerKey = args[1];
        long shopId = Long.parseLong(args[2]);

        FakeShopee fake = FakeShopee.start();
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-shopee-shutdown"));
        fake.registerPartner(partnerId, partnerKey).registerShop(partnerId, shopId);

        long created = Instant.now().getEpochSecond() - 3600;
        fake.putOrder(FakeOrder.of(shopId, SAMPLE_ORDER_SN, "READY_TO_SHIP", created)
                .withItem(new FakeOrderItem(880001L, "TCG-BOOSTER-01", 0L, "", 2,
                        new BigDecimal("12.50"), new BigDecimal("11.90")))
                .withTotal("SGD", new BigDecimal("23.80")));
        String authCode = fake.issueAuthCode(shopId);

        System.out.println(Json.createObjectBuilder()
                .add("base_url", fake.baseUrl() + "/api/v2")
                .add("auth_code", authCode)
                .add("shop_id", shopId)
                .add("order_sn", SAMPLE_ORDER_SN)
                .build());
        System.out.flush();

        // stay up until the driver closes our stdin (or kills us)
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // ignore input
        }
        System.exit(0); // the shutdown hook closes the fake
    }
}
