package com.exzentcg.platform.connector.shopee.profile;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.ShopeeHosts;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.credential.Fingerprint;
import com.exzentcg.platform.connector.shopee.credential.SecretBox;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One Shopee partner app + shop pairing in one environment. Secrets are held only sealed; the
 * entity opens them on demand through the caller's {@link SecretBox} and never keeps plaintext.
 */
@Entity
@Table(name = "shopee_profile")
public class ShopeeProfile {

    public static final String ID_PREFIX = "prof";
    /** Shopee refresh tokens live 30 days (reference §3). */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** An authorization lasts at most 365 days; Shopee's expiry push (code 12) can shorten it. */
    static final Duration AUTHORIZATION_LIFETIME = Duration.ofDays(365);

    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String environment;
    @Column(nullable = false)
    private String region;
    @Column(name = "partner_id")
    private Long partnerId;
    @Column(name = "partner_key_secret")
    private String partnerKeySecret;
    @Column(name = "partner_key_fingerprint")
    private String partnerKeyFingerprint;
    @Column(name = "push_partner_key_secret")
    private String pushPartnerKeySecret;
    @Column(name = "push_partner_key_fingerprint")
    private String pushPartnerKeyFingerprint;
    @Column(name = "shop_id")
    private Long shopId;
    @Column(name = "api_base_url")
    private String apiBaseUrl;
    @Column(name = "default_location_id")
    private String defaultLocationId;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "access_token_secret")
    private String accessTokenSecret;
    @Column(name = "refresh_token_secret")
    private String refreshTokenSecret;
    @Column(name = "access_expires_at")
    private OffsetDateTime accessExpiresAt;
    @Column(name = "refresh_expires_at")
    private OffsetDateTime refreshExpiresAt;
    @Column(name = "authorized_at")
    private OffsetDateTime authorizedAt;
    @Column(name = "authorization_expires_at")
    private OffsetDateTime authorizationExpiresAt;
    @Column(name = "needs_reconnect", nullable = false)
    private boolean needsReconnect;
    @Column(name = "refresh_count", nullable = false)
    private long refreshCount;
    @Column(name = "last_refresh_at")
    private OffsetDateTime lastRefreshAt;
    @Column(name = "last_refresh_outcome")
    private String lastRefreshOutcome;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_error_at")
    private OffsetDateTime lastErrorAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected ShopeeProfile() {
    }

    public ShopeeProfile(String name, ShopeeEnvironment environment, String region) {
        this.id = Ids.next(ID_PREFIX);
        this.name = name.trim();
        this.environment = environment.wireName();
        this.region = region.trim().toUpperCase(Locale.ROOT);
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    private static OffsetDateTime now() {
        return Timestamps.now();
    }

    // ----- editing ------------------------------------------------------------------------

    void rename(String newName) {
        this.name = newName.trim();
        touch();
    }

    void changeRegion(String newRegion) {
        this.region = newRegion.trim().toUpperCase(Locale.ROOT);
        touch();
    }

    void changeApiBaseUrl(String url) {
        this.apiBaseUrl = url == null || url.isBlank() ? null : stripSlash(url.trim());
        touch();
    }

    void changeDefaultLocation(String locationId) {
        this.defaultLocationId = locationId == null || locationId.isBlank() ? null : locationId.trim();
        touch();
    }

    /** A different partner or shop makes the stored tokens meaningless, so they are dropped. */
    void changePartner(long newPartnerId) {
        if (partnerId == null || partnerId != newPartnerId) {
            this.partnerId = newPartnerId;
            forgetTokens();
        }
        touch();
    }

    void changeShop(long newShopId) {
        if (shopId == null || shopId != newShopId) {
            this.shopId = newShopId;
            forgetTokens();
        }
        touch();
    }

    void changePartnerKey(String key, SecretBox box) {
        this.partnerKeySecret = box.seal(key, context("partner_key"));
        this.partnerKeyFingerprint = Fingerprint.of(key);
        touch();
    }

    void changePushPartnerKey(String key, SecretBox box) {
        boolean clear = key == null || key.isEmpty();
        this.pushPartnerKeySecret = clear ? null : box.seal(key, context("push_partner_key"));
        this.pushPartnerKeyFingerprint = clear ? null : Fingerprint.of(key);
        touch();
    }

    void activate() {
        this.active = true;
        touch();
    }

    void deactivate() {
        this.active = false;
        touch();
    }

    /** What must be filled in before this profile can be used; names match the API's fields. */
    public List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        if (partnerId == null) {
            missing.add("partner_id");
        }
        if (partnerKeySecret == null) {
            missing.add("partner_key");
        }
        if (shopId == null) {
            missing.add("shop_id");
        }
        return missing;
    }

    // ----- tokens -------------------------------------------------------------------------

    /** Stores a fresh token pair from an authorization or a refresh. */
    public void storeTokens(TokenGrant grant, SecretBox box, boolean newAuthorization) {
        OffsetDateTime now = now();
        this.accessTokenSecret = box.seal(grant.accessToken(), context("access_token"));
        this.refreshTokenSecret = box.seal(grant.refreshToken(), context("refresh_token"));
        this.accessExpiresAt = now.plusSeconds(grant.expireInSeconds());
        this.refreshExpiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        this.needsReconnect = false;
        if (newAuthorization) {
            this.authorizedAt = now;
            this.authorizationExpiresAt = now.plus(AUTHORIZATION_LIFETIME);
        } else {
            this.refreshCount++;
            this.lastRefreshAt = now;
            this.lastRefreshOutcome = "ok";
        }
        touch();
    }

    /** Adopts the shop Shopee says the seller authorized. */
    public void authorizedShop(long authorizedShopId) {
        this.shopId = authorizedShopId;
        touch();
    }

    /** A refresh failed; when Shopee refused the refresh token itself, only re-authorizing helps. */
    public void refreshFailed(String error, boolean reconnectRequired) {
        OffsetDateTime now = now();
        this.lastRefreshAt = now;
        this.lastRefreshOutcome = "failed: " + error;
        recordError("token refresh failed: " + error);
        if (reconnectRequired) {
            this.needsReconnect = true;
        }
    }

    public void recordError(String message) {
        this.lastError = message.length() > 500 ? message.substring(0, 500) : message;
        this.lastErrorAt = now();
        touch();
    }

    /** Shopee's authorization-expiry push (code 12) tells when the seller's grant ends. */
    public void authorizationExpiresAt(OffsetDateTime expiry) {
        this.authorizationExpiresAt = expiry;
        touch();
    }

    public void authorizationCancelled() {
        this.needsReconnect = true;
        recordError("shop authorization cancelled");
    }

    private void forgetTokens() {
        this.accessTokenSecret = null;
        this.refreshTokenSecret = null;
        this.accessExpiresAt = null;
        this.refreshExpiresAt = null;
        this.needsReconnect = false;
    }

    public TokenState tokenState(OffsetDateTime at, Duration refreshMargin) {
        if (needsReconnect) {
            return TokenState.NEEDS_RECONNECT;
        }
        if (accessTokenSecret == null) {
            return TokenState.NONE;
        }
        if (refreshExpiresAt != null && !refreshExpiresAt.isAfter(at)) {
            return TokenState.NEEDS_RECONNECT;
        }
        if (!accessExpiresAt.isAfter(at)) {
            return TokenState.EXPIRED;
        }
        return accessExpiresAt.isAfter(at.plus(refreshMargin)) ? TokenState.VALID : TokenState.EXPIRING;
    }

    public boolean hasRefreshToken() {
        return refreshTokenSecret != null && !needsReconnect;
    }

    // ----- using the credentials -----------------------------------------------------------

    public String baseUrl() {
        if (apiBaseUrl != null) {
            return apiBaseUrl;
        }
        boolean sandbox = ShopeeEnvironment.SANDBOX.wireName().equals(environment);
        return switch (region) {
            case "CN" -> sandbox ? ShopeeHosts.SANDBOX_CN.baseUrl() : ShopeeHosts.LIVE_CN.baseUrl();
            case "BR" -> sandbox ? ShopeeHosts.SANDBOX_GLOBAL.baseUrl() : ShopeeHosts.LIVE_BR.baseUrl();
            default -> sandbox ? ShopeeHosts.SANDBOX_GLOBAL.baseUrl() : ShopeeHosts.LIVE_GLOBAL.baseUrl();
        };
    }

    public ShopeePartner partner(SecretBox box) {
        return new ShopeePartner(baseUrl(), partnerId, box.open(partnerKeySecret, context("partner_key")));
    }

    public ShopeeShop shop(SecretBox box) {
        return partner(box).shop(shopId, box.open(accessTokenSecret, context("access_token")));
    }

    public String refreshToken(SecretBox box) {
        return box.open(refreshTokenSecret, context("refresh_token"));
    }

    /** The key that signs pushes: the push partner key, or the partner key when none is set. */
    public String pushKey(SecretBox box) {
        return pushPartnerKeySecret != null ? box.open(pushPartnerKeySecret, context("push_partner_key"))
                : box.open(partnerKeySecret, context("partner_key"));
    }

    /** Re-encrypts every secret under the box's current key; returns how many values changed. */
    public int reseal(SecretBox box) {
        int changed = 0;
        String[] before = {partnerKeySecret, pushPartnerKeySecret, accessTokenSecret, refreshTokenSecret};
        partnerKeySecret = box.reseal(partnerKeySecret, context("partner_key"));
        pushPartnerKeySecret = box.reseal(pushPartnerKeySecret, context("push_partner_key"));
        accessTokenSecret = box.reseal(accessTokenSecret, context("access_token"));
        refreshTokenSecret = box.reseal(refreshTokenSecret, context("refresh_token"));
        String[] after = {partnerKeySecret, pushPartnerKeySecret, accessTokenSecret, refreshTokenSecret};
        for (int i = 0; i < before.length; i++) {
            changed += java.util.Objects.equals(before[i], after[i]) ? 0 : 1;
        }
        return changed;
    }

    /** Binds each ciphertext to its row and column (associated data). */
    private String context(String column) {
        return "shopee_profile." + column + ":" + id;
    }

    private void touch() {
        this.updatedAt = now();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String id() { return id; }
    public String name() { return name; }
    public ShopeeEnvironment environment() { return ShopeeEnvironment.valueOf(environment.toUpperCase(Locale.ROOT)); }
    public String region() { return region; }
    public Long partnerId() { return partnerId; }
    public Long shopId() { return shopId; }
    public String apiBaseUrl() { return apiBaseUrl; }
    public String defaultLocationId() { return defaultLocationId; }
    public boolean active() { return active; }
    public String partnerKeyFingerprint() { return partnerKeyFingerprint; }
    public String pushPartnerKeyFingerprint() { return pushPartnerKeyFingerprint; }
    public OffsetDateTime accessExpiresAt() { return accessExpiresAt; }
    public OffsetDateTime refreshExpiresAt() { return refreshExpiresAt; }
    public OffsetDateTime authorizedAt() { return authorizedAt; }
    public OffsetDateTime authorizationExpiresAt() { return authorizationExpiresAt; }
    public boolean needsReconnect() { return needsReconnect; }
    public long refreshCount() { return refreshCount; }
    public OffsetDateTime lastRefreshAt() { return lastRefreshAt; }
    public String lastRefreshOutcome() { return lastRefreshOutcome; }
    public String lastError() { return lastError; }
    public OffsetDateTime lastErrorAt() { return lastErrorAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
