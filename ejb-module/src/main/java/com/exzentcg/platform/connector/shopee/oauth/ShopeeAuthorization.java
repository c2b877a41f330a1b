package com.exzentcg.platform.connector.shopee.oauth;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeePartner;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import com.exzentcg.platform.connector.shopee.profile.ProfileUrls;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Shop authorization through the Shopee resource adapter: the signed link out, the callback in. */
@Stateless
public class ShopeeAuthorization {

    public static final String CONNECTOR = "java:/eis/shopee";
    private static final Logger LOG = Logger.getLogger(ShopeeAuthorization.class.getName());

    @Resource(lookup = CONNECTOR)
    ShopeeConnectionFactory shopee;

    @EJB
    ShopeeProfiles profiles;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    Secrets secrets;

    @Inject
    ProfileUrls urls;

    @Inject
    ConnectorSettings settings;

    /** Shopee's signed authorization link for a partner app, sending the seller back to {@code redirectUrl}. */
    public String signedLink(ShopeePartner partner, String redirectUrl, long timestamp) {
        try (ShopeeConnection connection = shopee.getConnection()) {
            return connection.authorizationUrl(partner, redirectUrl, timestamp);
        }
    }

    /** The link an operator opens to (re)connect the profile's shop; valid for 5 minutes. */
    public String linkFor(String profileId) {
        ShopeeProfile profile = profiles.get(profileId);
        List<String> missing = profile.missingCredentials().stream().filter(f -> !f.equals("shop_id")).toList();
        if (!missing.isEmpty()) {
            throw ShopeeProfiles.missing(missing);
        }
        Instant now = Instant.now();
        String state = state().issue(profile.id(), profile.environment().wireName(), now.plus(settings.stateTtl()));
        String redirect = urls.oauthCallbackUrl(profile) + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        return signedLink(profile.partner(secrets.box()), redirect, now.getEpochSecond());
    }

    /**
     * Completes the round trip: checks the environment path, the code and the signed state, then
     * exchanges the single-use code for tokens and stores them sealed. Never throws for a bad
     * callback: the browser must always be sent back with a reason.
     */
    public CallbackOutcome complete(String environmentPath, String code, Long shopId, String profileIdParam, String state) {
        Optional<ShopeeEnvironment> environment = ShopeeEnvironment.parse(environmentPath);
        if (environment.isEmpty()) {
            return CallbackOutcome.error(environmentPath, profileIdParam, CallbackOutcome.BAD_ENV_PATH);
        }
        String env = environment.get().wireName();
        if (code == null || code.isBlank()) {
            return CallbackOutcome.error(env, profileIdParam, CallbackOutcome.MISSING_CODE);
        }
        var claims = state().verify(state, Instant.now())
                .filter(c -> c.environment().equals(env))
                .filter(c -> profileIdParam == null || profileIdParam.isBlank() || c.profileId().equals(profileIdParam));
        if (claims.isEmpty()) {
            return CallbackOutcome.error(env, profileIdParam, CallbackOutcome.BAD_STATE);
        }
        String profileId = claims.get().profileId();
        Optional<ShopeeProfile> found = profiles.find(profileId);
        if (found.isEmpty() || found.get().environment() != environment.get()) {
            return CallbackOutcome.error(env, profileId, CallbackOutcome.BAD_STATE);
        }
        ShopeeProfile profile = found.get();
        long authorizedShop = shopId != null ? shopId : profile.shopId() == null ? -1 : profile.shopId();
        if (authorizedShop <= 0) {
            return CallbackOutcome.error(env, profileId, CallbackOutcome.EXCHANGE_FAILED);
        }
        var box = secrets.box();
        try (ShopeeConnection connection = shopee.getConnection()) {
            TokenGrant grant = connection.getAccessToken(profile.partner(box), code, authorizedShop);
            if (profile.shopId() == null || profile.shopId() != authorizedShop) {
                LOG.info(() -> "Profile " + profileId + " now authorized for shop " + authorizedShop);
                profile.authorizedShop(authorizedShop);
            }
            profile.storeTokens(grant, box, true);
            return CallbackOutcome.connected(env, profileId);
        } catch (ShopeeApiException | ShopeeTransportException e) {
            String reason = e instanceof ShopeeApiException api ? api.error() : "transport";
            profile.recordError("authorization code exchange failed: " + reason);
            exceptions.raise(ExceptionType.AUTHORIZATION_FAILED, env, profileId, null,
                    "Exchanging the authorization code failed (" + reason + "); authorize the shop again");
            return CallbackOutcome.error(env, profileId, CallbackOutcome.EXCHANGE_FAILED);
        }
    }

    private OAuthState state() {
        return new OAuthState(secrets.box().currentKey().derive("shopee-oauth-state"));
    }
}
