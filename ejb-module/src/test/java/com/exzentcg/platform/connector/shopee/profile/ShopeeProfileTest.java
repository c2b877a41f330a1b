package com.exzentcg.platform.connector.shopee.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.credential.MasterKey;
import com.exzentcg.platform.connector.shopee.credential.SecretBox;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopeeProfileTest {

    private static final SecretBox BOX = new SecretBox(MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32])), List.of());
    private static final Duration MARGIN = Duration.ofMinutes(60);

    private static ShopeeProfile completeSandboxProfile() {
        var p = new ShopeeProfile("Main shop", ShopeeEnvironment.SANDBOX, "sg");
        p.changePartner(2001887);
        p.changePartnerKey("partner-key-0123456789", BOX);
        p.changeShop(14701711);
        return p;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Test
    void newProfileNamesEveryMissingCredential() {
        var p = new ShopeeProfile("Empty", ShopeeEnvironment.LIVE, "SG");
        assertEquals(List.of("partner_id", "partner_key", "shop_id"), p.missingCredentials());
        assertEquals(List.of(), completeSandboxProfile().missingCredentials());
    }

    @Test
    void tokenStateFollowsTheAccessTokenExpiry() {
        var p = completeSandboxProfile();
        assertEquals(TokenState.NONE, p.tokenState(now(), MARGIN));
        p.storeTokens(new TokenGrant("access", "refresh", 4 * 3600, "r1"), BOX, true);
        assertEquals(TokenState.VALID, p.tokenState(now(), MARGIN));
        assertEquals(TokenState.EXPIRING, p.tokenState(now().plusHours(3).plusMinutes(30), MARGIN));
        assertEquals(TokenState.EXPIRED, p.tokenState(now().plusHours(5), MARGIN));
        assertEquals(TokenState.NEEDS_RECONNECT, p.tokenState(now().plusDays(31), MARGIN));
    }

    @Test
    void refusedRefreshNeedsReconnectionUntilTheShopIsAuthorizedAgain() {
        var p = completeSandboxProfile();
        p.storeTokens(new TokenGrant("access", "refresh", 14400, "r1"), BOX, true);
        p.refreshFailed("error_param", true);
        assertEquals(TokenState.NEEDS_RECONNECT, p.tokenState(now(), MARGIN));
        assertTrue(!p.hasRefreshToken());
        p.storeTokens(new TokenGrant("access2", "refresh2", 14400, "r2"), BOX, true);
        assertEquals(TokenState.VALID, p.tokenState(now(), MARGIN));
    }

    @Test
    void transientRefreshFailureKeepsTheTokens() {
        var p = completeSandboxProfile();
        p.storeTokens(new TokenGrant("access", "refresh", 14400, "r1"), BOX, true);
        p.refreshFailed("transport", false);
        assertTrue(p.hasRefreshToken());
        assertTrue(p.lastRefreshOutcome().startsWith("failed"));
    }

    @Test
    void aSuccessfulRefreshCountsAndRotatesThePair() {
        var p = completeSandboxProfile();
        p.storeTokens(new TokenGrant("access", "refresh", 14400, "r1"), BOX, true);
        p.storeTokens(new TokenGrant("access2", "refresh2", 14400, "r2"), BOX, false);
        assertEquals(1, p.refreshCount());
        assertEquals("refresh2", p.refreshToken(BOX));
        assertEquals("access2", p.shop(BOX).accessToken());
    }

    @Test
    void anotherShopDropsTheTokensOfTheOldOne() {
        var p = completeSandboxProfile();
        p.storeTokens(new TokenGrant("access", "refresh", 14400, "r1"), BOX, true);
        p.changeShop(99);
        assertEquals(TokenState.NONE, p.tokenState(now(), MARGIN));
        p.changeShop(99);
        assertEquals(TokenState.NONE, p.tokenState(now(), MARGIN));
    }

    @Test
    void pushKeyFallsBackToThePartnerKey() {
        var p = completeSandboxProfile();
        assertEquals("partner-key-0123456789", p.pushKey(BOX));
        p.changePushPartnerKey("push-key-0123456789", BOX);
        assertEquals("push-key-0123456789", p.pushKey(BOX));
        p.changePushPartnerKey("", BOX);
        assertEquals("partner-key-0123456789", p.pushKey(BOX));
    }

    @Test
    void hostFollowsEnvironmentAndRegionUnlessOverridden() {
        var p = completeSandboxProfile();
        assertEquals("https://openplatform.sandbox.test-stable.shopee.sg", p.baseUrl());
        assertEquals("https://openplatform.shopee.com.br", new ShopeeProfile("br", ShopeeEnvironment.LIVE, "BR").baseUrl());
        p.changeApiBaseUrl("http://127.0.0.1:9999/");
        assertEquals("http://127.0.0.1:9999", p.baseUrl());
    }
}
