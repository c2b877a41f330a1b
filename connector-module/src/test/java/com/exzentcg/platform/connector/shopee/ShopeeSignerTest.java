package com.exzentcg.platform.connector.shopee;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every vector of reference §11, reproduced exactly. */
class ShopeeSignerTest {

    static final String K_TEST = "6a6f686e646f65746573746b65796e6f747265616c3030303030303030303032";
    static final String K_LIVE = "shpk4a6f686e446f65546573744b65794e6f745265616c303030303030303031";
    static final String K_PUSH = "70757368706172746e65726b65796e6f747265616c3030303030303030303033";
    static final String CALLBACK = "https://erp.example.com/shopee/push";
    static final String P1_BODY = "{\"data\":{\"items\":[],\"ordersn\":\"220810QSK8S7BX\",\"status\":\"READY_TO_SHIP\","
            + "\"completed_scenario\":\"\",\"update_time\":1660123127},\"shop_id\":727720655,\"code\":3,"
            + "\"timestamp\":1660123127}";
    static final String P2_BODY = "{\"code\":0,\"data\":{\"verify_info\":\"This is a Verification message."
            + "Please respond in the certain format.\"}}";

    @Test
    void v1_public_token_get() {
        assertEquals("e7f6b90ad8a5291881afad7e6ccfc5070fc5adc3ef709951b15408ae7533e414",
                ShopeeSigner.publicSign(K_TEST, 2001887, "/api/v2/auth/token/get", 1655714431));
    }

    @Test
    void v2_shop_level() {
        assertEquals("450830a7712aa5b13f18c1af85f98e9fa5c370b0c4d3f929a9e6695676959b18",
                ShopeeSigner.shopSign(K_LIVE, 2001887, "/api/v2/order/get_order_detail", 1655714431,
                        "59777174636562737266615546704c6d", 14701711));
    }

    @Test
    void v3_merchant_level() {
        assertEquals("e079285277c46295a41c483e0a4d08021ea4b11282f73e0b0a13dd354f2bf14e",
                ShopeeSigner.merchantSign(K_LIVE, 2001887, "/api/v2/global_product/get_category", 1655714431,
                        "09777174636962737266615546704c6d", 1000000));
    }

    @Test
    void v4_auth_link_sign_and_url() {
        String sign = "052b1eceb08e2d9f2ae19c5dad318ee857d5aa7b17303e195a06fc2efea5702d";
        assertEquals(sign, ShopeeSigner.publicSign(K_TEST, 1000016, "/api/v2/shop/auth_partner", 1657254106));

        String url = ShopeeAuthLink.authorizationUrl(
                new ShopeePartner(ShopeeHosts.SANDBOX_GLOBAL.baseUrl(), 1000016, K_TEST),
                "https://erp.example.com/shopee/callback?env=test&profile_id=7", 1657254106);
        assertEquals("https://openplatform.sandbox.test-stable.shopee.sg/api/v2/shop/auth_partner"
                + "?partner_id=1000016&timestamp=1657254106&sign=" + sign
                + "&redirect=https%3A%2F%2Ferp.example.com%2Fshopee%2Fcallback%3Fenv%3Dtest%26profile_id%3D7", url);
    }

    @Test
    void v5_keeps_leading_zeros() {
        String sign = ShopeeSigner.publicSign(K_TEST, 2001887, "/api/v2/auth/access_token/get", 1655714619);
        assertEquals("0078b66e21dd1370a4bc5ef8f9fecba6863c7ab45da4e4497eec44449e0409ce", sign);
        assertEquals(64, sign.length());
    }

    @Test
    void v5_with_shopees_demo_formatting_would_be_wrong() {
        // what String.format("%032x", new BigInteger(1, mac)) produces: the bug the signer avoids
        String buggy = String.format("%032x", new BigInteger(1, java.util.HexFormat.of().parseHex(
                ShopeeSigner.publicSign(K_TEST, 2001887, "/api/v2/auth/access_token/get", 1655714619))));
        assertEquals(62, buggy.length());
        assertNotEquals(buggy, ShopeeSigner.publicSign(K_TEST, 2001887, "/api/v2/auth/access_token/get", 1655714619));
    }

    @Test
    void p1_order_status_push_verifies() {
        String header = "f089322804a34f7a1fa89acf330dc93b08c5649179da1ea8c4769b6061a26619";
        byte[] body = P1_BODY.getBytes(StandardCharsets.UTF_8);
        assertEquals(header, ShopeeSigner.pushSignature(K_PUSH, CALLBACK, body));
        assertTrue(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, body, header));
    }

    @Test
    void p1_body_sha256_matches_reference() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(P1_BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals("8ed7915175a6d20a9213e9e40f17ab58e700ab0377cb67585e016b7da3715e9d",
                java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void p1_reserialised_with_spaces_is_rejected() {
        String header = "f089322804a34f7a1fa89acf330dc93b08c5649179da1ea8c4769b6061a26619";
        // Python json.dumps style: same JSON, different bytes
        String reserialised = P1_BODY.replace(":", ": ").replace(",", ", ");
        String signature = ShopeeSigner.pushSignature(K_PUSH, CALLBACK, reserialised.getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.startsWith("602076b6") && signature.endsWith("9c27"), signature);
        assertFalse(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, reserialised.getBytes(StandardCharsets.UTF_8), header));
    }

    @Test
    void p2_verify_probe_verifies() {
        String header = "c379dc81c18e0c5885739c8a5813762d67f214c69c86c944839605f2c36a206e";
        assertTrue(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, P2_BODY.getBytes(StandardCharsets.UTF_8), header));
    }

    @Test
    void push_with_wrong_key_url_prefix_or_missing_header_is_rejected() {
        byte[] body = P1_BODY.getBytes(StandardCharsets.UTF_8);
        String header = "f089322804a34f7a1fa89acf330dc93b08c5649179da1ea8c4769b6061a26619";
        assertFalse(ShopeeSigner.verifyPush(K_LIVE, CALLBACK, body, header), "partner key instead of push key");
        assertFalse(ShopeeSigner.verifyPush(K_PUSH, CALLBACK + "?env=live", body, header), "URL differs");
        assertFalse(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, body, "SHA256 " + header), "scheme prefix");
        assertFalse(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, body, null));
        assertTrue(ShopeeSigner.verifyPush(K_PUSH, CALLBACK, body, " " + header.toUpperCase() + " "),
                "hex case and surrounding blanks do not matter");
    }
}
