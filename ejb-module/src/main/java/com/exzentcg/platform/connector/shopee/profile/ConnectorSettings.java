package com.exzentcg.platform.connector.shopee.profile;

import com.exzentcg.platform.platform.config.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Shopee connector's settings (MicroProfile Config; environment variables in production). */
@ApplicationScoped
public class ConnectorSettings {

    @Inject
    PlatformSettings platform;

    /** Refresh access tokens this long before they expire (Shopee's live 4 h). */
    @Inject
    @ConfigProperty(name = "shopee.token.refresh-margin-minutes", defaultValue = "60")
    long refreshMarginMinutes;

    /** A shop refreshed this recently is not refreshed again by the timer or the operator's button. */
    @Inject
    @ConfigProperty(name = "shopee.token.min-refresh-interval-seconds", defaultValue = "30")
    long minRefreshIntervalSeconds;

    @Inject
    @ConfigProperty(name = "shopee.token.refresh-interval-seconds", defaultValue = "300")
    long refreshIntervalSeconds;

    /** Where the OAuth callback sends the operator's browser afterwards. */
    @Inject
    @ConfigProperty(name = "shopee.oauth.return-url")
    Optional<String> oauthReturnUrl;

    @Inject
    @ConfigProperty(name = "shopee.oauth.state-ttl-minutes", defaultValue = "30")
    long stateTtlMinutes;

    public Duration refreshMargin() {
        return Duration.ofMinutes(refreshMarginMinutes);
    }

    public Duration minRefreshInterval() {
        return Duration.ofSeconds(minRefreshIntervalSeconds);
    }

    public Duration refreshInterval() {
        return Duration.ofSeconds(Math.max(1, refreshIntervalSeconds));
    }

    public String oauthReturnUrl() {
        return oauthReturnUrl.filter(s -> !s.isBlank()).orElse(platform.publicApiBaseUrl() + "/app/connectors/shopee");
    }

    public Duration stateTtl() {
        return Duration.ofMinutes(stateTtlMinutes);
    }

    public String publicApiBaseUrl() {
        return platform.publicApiBaseUrl();
    }
}
