package com.exzentcg.platform.connector.shopee.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The public URLs Shopee is given for a profile. They must match, to the character, what the
 * web module serves and what push signatures are computed over.
 */
@ApplicationScoped
public class ProfileUrls {

    public static final String WEBHOOK_PATH = "/connectors/shopee/webhook";
    public static final String OAUTH_CALLBACK_PATH = "/connectors/shopee/oauth/callback";

    @Inject
    ConnectorSettings settings;

    public String webhookUrl(ShopeeProfile profile) {
        return settings.publicApiBaseUrl() + WEBHOOK_PATH + "?env=" + profile.environment().wireName()
                + "&profile_id=" + profile.id();
    }

    public String oauthCallbackUrl(ShopeeProfile profile) {
        return settings.publicApiBaseUrl() + OAUTH_CALLBACK_PATH + "/" + profile.environment().wireName()
                + "?profile_id=" + profile.id();
    }
}
