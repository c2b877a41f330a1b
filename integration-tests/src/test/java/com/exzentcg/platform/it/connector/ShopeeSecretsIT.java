package com.exzentcg.platform.it.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.credential.MasterKey;
import com.exzentcg.platform.connector.shopee.credential.SecretBox;
import com.exzentcg.platform.connector.shopee.fake.FakeCall;
import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.it.Http;
import com.exzentcg.platform.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Secrets at rest: sealed in the database, rotatable to a new master key, absent from logs. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopeeSecretsIT {

    private static final String PROFILES = ShopeeFixture.PROFILES;
    private static final List<String> SECRET_COLUMNS =
            List.of("partner_key", "push_partner_key", "access_token", "refresh_token");

    private final ShopeeFixture shopee = new ShopeeFixture();
    private final Http http = shopee.http;
    private final MasterKey currentKey = MasterKey.fromBase64(System.getProperty("it.secrets.key"));
    private final MasterKey previousKey = MasterKey.fromBase64(System.getProperty("it.secrets.previous-key"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @AfterEach
    void closeFake() {
        shopee.close();
    }

    @Test
    void secretsAreStoredOnlyEncryptedUnderTheCurrentKey() throws SQLException {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        Map<String, String> stored = storedSecrets(id);
        assertEquals(4, stored.size());
        stored.forEach((column, sealed) -> {
            assertTrue(sealed.startsWith("v1:" + currentKey.id() + ":"), column + " " + sealed);
            assertFalse(sealed.contains(shopee.partnerKey) || sealed.contains(shopee.pushKey), column);
        });
        SecretBox box = new SecretBox(currentKey, List.of());
        assertEquals(shopee.partnerKey, box.open(stored.get("partner_key"), "shopee_profile.partner_key:" + id));
    }

    @Test
    void rotationReencryptsEveryOldSecretAndIsSafeToRunAgain() throws SQLException {
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        sealUnderPreviousKey(id);
        assertTrue(storedSecrets(id).values().stream().allMatch(v -> v.startsWith("v1:" + previousKey.id() + ":")));
        // Old keys still decrypt until the rotation has run.
        assertEquals(200, http.post(PROFILES + "/" + id + "/refresh-locations", "").status());

        Http.Reply rotated = http.post("/admin/connectors/shopee/key-rotation", "");
        assertEquals(200, rotated.status(), rotated.body());
        JsonObject report = rotated.json();
        assertEquals(currentKey.id(), report.getString("current_key_id"));
        assertTrue(report.getInt("secrets_reencrypted") >= 4, report.toString());
        assertEquals(0, report.getInt("rows_remaining"));
        assertTrue(storedSecrets(id).values().stream().allMatch(v -> v.startsWith("v1:" + currentKey.id() + ":")));

        Http.Reply again = http.post("/admin/connectors/shopee/key-rotation", "");
        assertEquals(0, again.json().getInt("secrets_reencrypted"), again.body());
        // Same plaintext afterwards: the shop still answers, and the fingerprint did not change.
        assertEquals(200, http.post(PROFILES + "/" + id + "/refresh-locations", "").status());
        assertEquals("refreshed", http.post(PROFILES + "/" + id + "/refresh-token", "").json().getString("outcome"));
    }

    @Test
    void noSecretUsedInAFullConnectorFlowReachesTheServerLog() throws IOException {
        Path log = Path.of(System.getProperty("server.base.dir"), "log", "server.log");
        String id = shopee.createProfile("sandbox").getString("id");
        shopee.connect(id);
        http.post(PROFILES + "/" + id + "/refresh-token", "");
        shopee.fake.revokeAccessTokens(shopee.shopId);
        http.post(PROFILES + "/" + id + "/refresh-locations", "");
        shopee.fake.failNext(FakeShopee.TOKEN_REFRESH, "error_param", "Invalid refresh_token.");
        http.post(PROFILES + "/" + id + "/refresh-token", "");
        String wrong = ShopeeFixture.newKey();
        http.patch(PROFILES + "/" + id, Json.createObjectBuilder().add("partner_key", wrong).build());
        http.post(PROFILES + "/" + id + "/refresh-locations", "");
        http.post("/admin/connectors/shopee/key-rotation", "");

        List<String> secrets = new ArrayList<>(List.of(shopee.partnerKey, shopee.pushKey, wrong));
        for (FakeCall call : shopee.fake.calls()) {
            if (call.param("access_token") != null) {
                secrets.add(call.param("access_token"));
            }
            if (call.body() != null && call.body().startsWith("{")) {
                JsonObject body = Json.createReader(new StringReader(call.body())).readObject();
                for (String field : List.of("refresh_token", "code")) {
                    if (body.containsKey(field)) {
                        secrets.add(body.getString(field));
                    }
                }
            }
        }
        assertTrue(secrets.size() >= 8, "the flow should have used tokens and codes: " + secrets.size());
        String content = Files.readString(log);
        for (String secret : secrets) {
            assertFalse(content.contains(secret), "a secret of length " + secret.length() + " is in server.log");
        }
    }

    private Map<String, String> storedSecrets(String id) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT partner_key_secret, push_partner_key_secret, access_token_secret, refresh_token_secret"
                        + " FROM shopee_profile WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int i = 0; i < SECRET_COLUMNS.size(); i++) {
                    if (rs.getString(i + 1) != null) {
                        values.put(SECRET_COLUMNS.get(i), rs.getString(i + 1));
                    }
                }
            }
        }
        return values;
    }

    /** Rewrites the row as an installation that still ran on the retired key would have it. */
    private void sealUnderPreviousKey(String id) throws SQLException {
        SecretBox current = new SecretBox(currentKey, List.of());
        SecretBox old = new SecretBox(previousKey, List.of());
        Map<String, String> stored = storedSecrets(id);
        try (Connection c = TestDatabase.connect()) {
            for (var entry : stored.entrySet()) {
                String context = "shopee_profile." + entry.getKey() + ":" + id;
                String resealed = old.seal(current.open(entry.getValue(), context), context);
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE shopee_profile SET " + entry.getKey() + "_secret = ? WHERE id = ?")) {
                    s.setString(1, resealed);
                    s.setString(2, id);
                    s.executeUpdate();
                }
            }
        }
    }
}
