package com.exzentcg.platform.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.fake.FakeShopee;
import com.exzentcg.platform.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Shopee connector page against a fake Shopee: write-only secrets (fingerprints only), the
 * 409 naming what activation misses, the confirmed environment switch (and back, since every
 * class shares the database and the suite runs in sandbox), the OAuth round trip and its
 * outcome banner, warehouses, and what an operator may not do.
 */
class ConsoleConnectorIT extends ConsoleTest {

    private static final String PROFILES = "/admin/connectors/shopee/profiles";
    private static final String ACTIVE_ENV = "/admin/connectors/shopee/active-environment";
    private static final AtomicLong IDS = new AtomicLong(5_000_000 + (System.nanoTime() % 1_000_000));

    private final Http http = Http.admin();

    @Test
    void adminSavesCredentialsSeesOnlyFingerprintsAndSwitchesTheEnvironmentThroughTheDialog() {
        String original = http.get(ACTIVE_ENV).json().getString("environment");
        String other = original.equals("sandbox") ? "live" : "sandbox";
        // Switching back at the end needs a complete active profile where the suite works.
        if (activeProfileId(original) == null) {
            String standIn = createProfile(original, IDS.incrementAndGet(), IDS.incrementAndGet(), newKey(), null).getString("id");
            assertEquals(200, http.post(PROFILES + "/" + standIn + "/activate", "").status());
        }
        String previouslyActive = activeProfileId(other);
        String id = null;
        try (FakeShopee fake = FakeShopee.start()) {
            long partnerId = IDS.incrementAndGet();
            long shopId = IDS.incrementAndGet();
            String partnerKey = newKey();
            String pushKey = newKey();
            fake.registerPartner(partnerId, partnerKey).registerShop(partnerId, shopId);
            String name = "Console " + other + " " + UUID.randomUUID().toString().substring(0, 6);

            console.loginAs(Http.newStaff("admin")).go("/connectors/shopee?env=" + other);
            console.waitFor("[data-env-tab=" + other + "].on");
            console.click("[data-action=new-profile]");
            console.type("[data-profile-form=new] input[name=name]", name)
                    .type("[data-profile-form=new] input[name=partner_id]", Long.toString(partnerId))
                    .type("[data-profile-form=new] input[name=api_base_url]", fake.baseUrl())
                    .click("[data-profile-form=new] [data-save-profile]");
            console.waitForUrl("profile=prof_");
            id = query(console.currentUrl()).get("profile");
            console.waitFor("[data-profile=" + id + "]");
            JsonObject created = profile(id);
            assertEquals(name, created.getString("name"));
            assertEquals(other, created.getString("environment"));
            assertEquals(partnerId, created.getJsonNumber("partner_id").longValue());
            assertTrue(created.isNull("partner_key_fingerprint"));

            // Activation of an incomplete profile: the API's 409 stays in the dialog.
            console.waitForText("[data-missing]", "partner_key, shop_id");
            console.click("[data-action=activate]").click("[data-confirm]");
            console.waitForText(".modal .error-banner", "Missing: partner_key, shop_id");
            assertFalse(profile(id).getBoolean("active"));
            console.clickText(".modal", "Cancel").waitGone(".modal");

            // Secrets in: the form answers with fingerprints only, and forgets what was typed.
            String form = "[data-profile-form=" + id + "] ";
            console.waitGone("[data-notice]");
            console.type(form + "input[name=shop_id]", Long.toString(shopId))
                    .type(form + "input[name=partner_key]", partnerKey)
                    .type(form + "input[name=push_partner_key]", pushKey)
                    .click(form + "[data-save-profile]");
            console.waitForText("[data-fingerprint=partner_key]", partnerKey.substring(partnerKey.length() - 4));
            JsonObject saved = profile(id);
            assertEquals(saved.getString("partner_key_fingerprint"), console.text("[data-fingerprint=partner_key]"));
            assertEquals(saved.getString("push_partner_key_fingerprint"), console.text("[data-fingerprint=push_partner_key]"));
            assertEquals(shopId, saved.getJsonNumber("shop_id").longValue());
            assertSecretsNowhereOnThePage(partnerKey, pushKey);
            assertEquals("password", console.script("return document.querySelector(arguments[0]).type", form + "input[name=partner_key]"));

            // What to register at Shopee, with copy buttons.
            assertEquals(saved.getString("webhook_url"), console.text("[data-url=webhook]"));
            assertEquals(saved.getString("oauth_callback_url"), console.text("[data-url=oauth-callback]"));
            console.click("[data-copy=webhook_url]").waitForText("[data-copy=webhook_url]", "Copied");

            // Complete now: activation succeeds.
            console.waitGone("[data-notice]");
            console.click("[data-action=activate]");
            console.waitForText(".modal", name);
            console.click("[data-confirm]").waitFor("[data-profile-status=active]");
            assertTrue(profile(id).getBoolean("active"));
            console.waitFor("[data-active-profile=" + id + "]");

            // The switch names what changes, happens only on confirm, and the header follows.
            console.waitGone("[data-notice]");
            console.click("[data-switch-env=" + other + "]");
            String dialog = console.waitForText(".modal", name).getText();
            assertTrue(dialog.toUpperCase().contains(other.toUpperCase()), dialog);
            assertEquals(original, http.get(ACTIVE_ENV).json().getString("environment"), "nothing changes before confirming");
            console.click("[data-confirm]");
            console.waitFor(".topbar [data-env-pill=" + other + "]");
            JsonObject switched = http.get(ACTIVE_ENV).json();
            assertEquals(other, switched.getString("environment"));
            assertEquals(id, switched.getString("active_profile_id"));
            console.waitFor("[data-card=active-environment] [data-env-pill=" + other + "]");
            console.waitGone("[data-notice]");
            console.script("window.scrollTo(0, 0)");
            console.screenshot("connector-" + other);

            // And back, the same way.
            console.click("[data-switch-env=" + original + "]").click("[data-confirm]");
            console.waitFor(".topbar [data-env-pill=" + original + "]");
            assertEquals(original, http.get(ACTIVE_ENV).json().getString("environment"));
        } finally {
            if (!original.equals(http.get(ACTIVE_ENV).json().getString("environment"))) {
                assertEquals(200, http.put(ACTIVE_ENV, "{\"environment\": \"" + original + "\"}").status());
            }
            if (previouslyActive != null) {
                assertEquals(200, http.post(PROFILES + "/" + previouslyActive + "/activate", "").status());
            } else if (id != null) {
                assertEquals(200, http.post(PROFILES + "/" + id + "/deactivate", "").status());
            }
        }
    }

    @Test
    void authorizingGoesThroughShopeeAndTheOutcomeIsShownInPlainWords() {
        try (FakeShopee fake = FakeShopee.start()) {
            long partnerId = IDS.incrementAndGet();
            long shopId = IDS.incrementAndGet();
            String partnerKey = newKey();
            fake.registerPartner(partnerId, partnerKey).registerShop(partnerId, shopId);
            String locationId = "SGZ" + IDS.incrementAndGet();
            fake.putWarehouse(shopId, 77001, "Console warehouse", locationId);
            String id = createProfile("sandbox", partnerId, shopId, partnerKey, fake.baseUrl()).getString("id");

            console.loginAs(Http.newStaff("admin")).go("/connectors/shopee?env=sandbox&profile=" + id);
            console.waitFor("[data-profile=" + id + "] [data-token-state=none]");
            assertEquals("Authorize", console.text("[data-action=authorize]"));

            // Authorize opens Shopee's signed link in this tab.
            console.click("[data-action=authorize]");
            console.waitForUrl(fake.baseUrl());
            String link = console.currentUrl();
            assertTrue(link.contains("/api/v2/shop/auth_partner"), link);
            assertEquals(Long.toString(partnerId), query(link).get("partner_id"));
            String redirect = query(link).get("redirect");

            // The seller approves; Shopee sends the browser to the callback, which redirects to the
            // configured return URL (in this suite another host, so the test follows it by hand).
            Http.Reply back = new Http().get(redirect + "&code=" + fake.issueAuthCode(shopId) + "&shop_id=" + shopId);
            assertEquals(302, back.status(), back.body());
            console.go("/connectors/shopee?" + URI.create(back.header("Location")).getRawQuery());
            console.waitForText("[data-oauth-outcome=connected]", "Shop authorized");
            console.waitFor("[data-profile=" + id + "] [data-token-state=valid]");
            assertEquals("valid", profile(id).getJsonObject("token").getString("state"));
            assertEquals("Reconnect", console.text("[data-action=authorize]"));
            assertFalse(console.text("[data-access-expires]").equals("—"));

            console.click("[data-action=refresh-token]");
            console.waitForText("[data-notice=success]", "Token refreshed");
            assertEquals(1, fake.refreshCalls());

            console.waitGone("[data-notice]");
            console.click("[data-action=refresh-locations]");
            console.waitForText("[data-table=warehouses]", "Console warehouse");
            assertTrue(console.text("[data-table=warehouses]").contains(locationId));
            assertEquals(1, http.get(PROFILES + "/" + id + "/locations").json().getInt("count"));
            console.waitForText("[data-card=diagnostics]", "(1 in total)");
            console.click("[data-dismiss-oauth]").waitGone("[data-oauth-outcome]");
            assertFalse(console.currentUrl().contains("status="), console.currentUrl());
            console.waitGone("[data-notice]");
            console.script("document.querySelector('[data-profile]').scrollIntoView()");
            console.screenshot("connector-sandbox");

            // The seller cancelled at Shopee: no code comes back, and the page says so.
            Http.Reply cancelled = new Http().get(redirect);
            assertEquals(302, cancelled.status());
            console.go("/connectors/shopee?" + URI.create(cancelled.header("Location")).getRawQuery());
            console.waitForText("[data-oauth-outcome=error][data-oauth-reason=missing_code]", "without an authorization code");
            console.waitFor("[data-profile=" + id + "]");
        }
    }

    @Test
    void anOperatorReadsTheConnectorButIsOfferedNoChangeNorStaffOrAudit() {
        String id = createProfile("sandbox", IDS.incrementAndGet(), IDS.incrementAndGet(), newKey(), null).getString("id");
        Http.StaffMember operator = Http.newStaff("operator");
        console.loginAs(operator).go("/connectors/shopee?profile=" + id);
        console.waitFor("[data-profile=" + id + "]");
        console.waitFor("[data-env-tab=sandbox].on");
        assertEquals(profile(id).getString("partner_key_fingerprint"), console.text("[data-fingerprint=partner_key]"));
        console.waitFor("[data-url=webhook]");
        for (String write : List.of("[data-action=new-profile]", "[data-switch-env]", "[data-form=profile]", "[data-action=authorize]",
                "[data-action=refresh-token]", "[data-action=activate]", "[data-action=delete]", "[data-action=refresh-locations]",
                "[data-action=key-rotation]")) {
            assertTrue(console.all(write).isEmpty(), write + " is offered to an operator");
        }
        assertFalse(console.all("[data-nav=Shopee]").isEmpty());
        assertTrue(console.all("[data-nav=Staff]").isEmpty());
        assertTrue(console.all("[data-nav='Audit log']").isEmpty());
        console.go("/staff").waitForText("main", "Not available to your role");
        console.go("/audit").waitForText("main", "Not available to your role");
        // The API refuses what the console hides.
        assertEquals(403, operator.http().post(PROFILES + "/" + id + "/activate", "").status());
        assertEquals(403, operator.http().get("/admin/staff").status());
    }

    private void assertSecretsNowhereOnThePage(String... secrets) {
        String html = (String) console.script("return document.documentElement.outerHTML");
        String values = (String) console.script(
                "return Array.from(document.querySelectorAll('input, textarea, select')).map(i => i.value).join('\\n')");
        String storage = (String) console.script("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        for (String secret : secrets) {
            assertFalse(html.contains(secret), "a secret is in the page");
            assertFalse(values.contains(secret), "a secret is still in an input");
            assertFalse(storage.contains(secret), "a secret is in the browser's storage");
        }
    }

    private JsonObject createProfile(String environment, long partnerId, long shopId, String partnerKey, String baseUrl) {
        var body = Json.createObjectBuilder().add("name", "Console shop " + shopId).add("environment", environment)
                .add("region", "SG").add("partner_id", partnerId).add("partner_key", partnerKey).add("shop_id", shopId);
        if (baseUrl != null) {
            body.add("api_base_url", baseUrl);
        }
        Http.Reply reply = http.post(PROFILES, body.build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private String activeProfileId(String environment) {
        var profiles = http.get(PROFILES + "?environment=" + environment + "&active=true").json().getJsonArray("profiles");
        return profiles.isEmpty() ? null : profiles.getJsonObject(0).getString("id");
    }

    private JsonObject profile(String id) {
        Http.Reply reply = http.get(PROFILES + "/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static String newKey() {
        byte[] raw = new byte[30];
        new SecureRandom().nextBytes(raw);
        return "shpk" + HexFormat.of().formatHex(raw);
    }

    private static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b));
    }
}
