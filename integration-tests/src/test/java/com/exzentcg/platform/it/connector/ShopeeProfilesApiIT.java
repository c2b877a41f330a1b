package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connector profiles over HTTP: secrets in, fingerprints out, and the editing semantics of SPEC 9. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopeeProfilesApiIT {

    private static final String PROFILES = ShopeeFixture.PROFILES;
    private static final String ACTIVE_ENV = "/admin/connectors/shopee/active-environment";

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    @Test
    void readsCarryFingerprintsAndUrlsButNeverSecrets() {
        JsonObject created = shopee.createProfile("sandbox");
        String id = created.getString("id");
        assertTrue(id.startsWith("prof_"), id);
        for (JsonObject body : List.of(created, shopee.profile(id))) {
            String json = body.toString();
            assertFalse(json.contains(shopee.partnerKey), "partner key leaked");
            assertFalse(json.contains(shopee.pushKey), "push key leaked");
            assertEquals("shpk…" + shopee.partnerKey.substring(shopee.partnerKey.length() - 4) + "·len64",
                    body.getString("partner_key_fingerprint"));
            assertEquals("http://localhost:" + port() + "/connectors/shopee/webhook?env=sandbox&profile_id=" + id,
                    body.getString("webhook_url"));
            assertEquals("http://localhost:" + port() + "/connectors/shopee/oauth/callback/sandbox?profile_id=" + id,
                    body.getString("oauth_callback_url"));
            assertEquals("none", body.getJsonObject("token").getString("state"));
            assertFalse(body.getBoolean("active"));
        }
    }

    @Test
    void invalidProfileIs400NamingTheFields() {
        Http.Reply reply = http.post(PROFILES, "{\"environment\": \"staging\", \"partner_id\": -1, \"partner_key\": \"short\"}");
        assertEquals(400, reply.status(), reply.body());
        var fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "environment", "partner_id", "partner_key")), fields.toString());
    }

    @Test
    void emptyPatchIs400() {
        String id = shopee.createProfile("sandbox").getString("id");
        Http.Reply reply = http.patch(PROFILES + "/" + id, "{}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_data", reply.json().getString("type"));
    }

    @Test
    void patchedSecretShowsItsNewFingerprintOnTheNextRead() {
        String id = shopee.createProfile("sandbox").getString("id");
        String newKey = ShopeeFixture.newKey();
        Http.Reply reply = http.patch(PROFILES + "/" + id, Json.createObjectBuilder().add("partner_key", newKey).build());
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.body().contains(newKey));
        String expected = newKey.substring(0, 4) + "…" + newKey.substring(newKey.length() - 4) + "·len64";
        assertEquals(expected, shopee.profile(id).getString("partner_key_fingerprint"));
    }

    @Test
    void activatingIncompleteCredentialsIs409NamingEveryMissingField() {
        Http.Reply created = http.post(PROFILES, "{\"name\": \"Half done\", \"environment\": \"live\", \"partner_id\": 77}");
        String id = created.json().getString("id");
        Http.Reply reply = http.post(PROFILES + "/" + id + "/activate", "");
        assertEquals(409, reply.status(), reply.body());
        assertEquals("Missing: partner_key, shop_id", reply.json().getString("message"));
        assertFalse(shopee.profile(id).getBoolean("active"));
    }

    @Test
    void exactlyOneProfileIsActivePerEnvironment() {
        String first = shopee.createProfile("sandbox").getString("id");
        try (ShopeeFixture other = new ShopeeFixture()) {
            String second = other.createProfile("sandbox").getString("id");
            assertEquals(200, http.post(PROFILES + "/" + first + "/activate", "").status());
            assertEquals(200, http.post(PROFILES + "/" + first + "/activate", "").status(), "re-activating is a no-op");
            assertEquals(200, http.post(PROFILES + "/" + second + "/activate", "").status());
            assertFalse(shopee.profile(first).getBoolean("active"));
            assertTrue(shopee.profile(second).getBoolean("active"));
            long active = http.get(PROFILES + "?environment=sandbox&limit=500").json().getJsonArray("profiles")
                    .getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("active")).count();
            assertEquals(1, active);
            Http.Reply deleteActive = http.delete(PROFILES + "/" + second);
            assertEquals(409, deleteActive.status(), deleteActive.body());
        }
        assertEquals(204, http.delete(PROFILES + "/" + first).status());
        assertEquals(404, http.get(PROFILES + "/" + first).status());
    }

    @Test
    void theListFiltersByActive() {
        String id = shopee.createProfile("live").getString("id");
        assertEquals(200, http.post(PROFILES + "/" + id + "/activate", "").status());
        List<JsonObject> active = http.get(PROFILES + "?environment=live&active=true").json()
                .getJsonArray("profiles").getValuesAs(JsonObject.class);
        assertEquals(1, active.size(), active.toString());
        assertEquals(id, active.get(0).getString("id"));
        Http.Reply inactive = http.get(PROFILES + "?active=false&limit=500");
        assertEquals(200, inactive.status(), inactive.body());
        assertTrue(inactive.json().getJsonArray("profiles").getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> p.getBoolean("active")));
        Http.Reply bad = http.get(PROFILES + "?active=yes");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("active", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void switchingEnvironmentNeedsAnActiveProfileAndIsANoOpWhenAlreadyActive() {
        // The platform on sandbox, with a complete active sandbox profile.
        String sandbox = shopee.createProfile("sandbox").getString("id");
        assertEquals(200, http.post(PROFILES + "/" + sandbox + "/activate", "").status());
        assertEquals(200, http.put(ACTIVE_ENV, "{\"environment\": \"sandbox\"}").status());
        Http.Reply noOp = http.put(ACTIVE_ENV, "{\"environment\": \"sandbox\"}");
        assertEquals(200, noOp.status(), noOp.body());
        assertFalse(noOp.json().getBoolean("changed"));
        Http.Reply refuseDeactivate = http.post(PROFILES + "/" + sandbox + "/deactivate", "");
        assertEquals(409, refuseDeactivate.status(), refuseDeactivate.body());

        // Live left with no active profile: switching there is refused, naming what is missing.
        http.get(PROFILES + "?environment=live&limit=500").json().getJsonArray("profiles")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getBoolean("active"))
                .forEach(p -> assertEquals(200, http.post(PROFILES + "/" + p.getString("id") + "/deactivate", "").status()));
        Http.Reply refused = http.put(ACTIVE_ENV, "{\"environment\": \"live\"}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("Missing: active live profile", refused.json().getString("message"));
        assertEquals("sandbox", http.get(ACTIVE_ENV).json().getString("environment"));

        // With a complete active live profile the switch happens once; repeating it is a no-op.
        try (ShopeeFixture liveShop = new ShopeeFixture()) {
            String live = liveShop.createProfile("live").getString("id");
            assertEquals(200, http.post(PROFILES + "/" + live + "/activate", "").status());
            Http.Reply switched = http.put(ACTIVE_ENV, "{\"environment\": \"live\"}");
            assertEquals(200, switched.status(), switched.body());
            assertTrue(switched.json().getBoolean("changed"));
            assertEquals(live, switched.json().getString("active_profile_id"));
            assertFalse(http.put(ACTIVE_ENV, "{\"environment\": \"live\"}").json().getBoolean("changed"));
            assertEquals("live", http.get(ACTIVE_ENV).json().getString("environment"));
        } finally {
            assertEquals(200, http.put(ACTIVE_ENV, "{\"environment\": \"sandbox\"}").status());
        }
        Http.Reply bad = http.put(ACTIVE_ENV, "{\"environment\": \"staging\"}");
        assertEquals(400, bad.status());
        assertEquals("environment", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void invalidValueOnAnActiveProfileIs400AndLeavesItUnchanged() {
        String id = shopee.createProfile("sandbox").getString("id");
        assertEquals(200, http.post(PROFILES + "/" + id + "/activate", "").status());
        Http.Reply reply = http.patch(PROFILES + "/" + id, "{\"api_base_url\": \"not a url\"}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("api_base_url", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject after = shopee.profile(id);
        assertTrue(after.getBoolean("active"));
        assertEquals(shopee.fake.baseUrl(), after.getString("api_base_url"));
    }

    private static String port() {
        return Http.BASE.substring(Http.BASE.lastIndexOf(':') + 1);
    }
}
