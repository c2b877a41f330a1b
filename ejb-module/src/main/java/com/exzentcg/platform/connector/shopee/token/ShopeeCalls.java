package com.exzentcg.platform.connector.shopee.token;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeeShop;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.function.BiFunction;

/**
 * The one way features call Shopee for a profile's shop: credentials are read fresh from the
 * database on every call (so an edited key is used at once), an access token known to be expired
 * is refreshed first, and a call Shopee rejects for its token is refreshed and retried once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShopeeCalls {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:/eis/shopee")
    ShopeeConnectionFactory shopee;

    @Inject
    Secrets secrets;

    @EJB
    TokenRefresher refresher;

    public <T> T forShop(String profileId, BiFunction<ShopeeConnection, ShopeeShop, T> call) {
        ShopeeProfile profile = load(profileId);
        if (profile.accessExpiresAt() != null && !profile.accessExpiresAt().isAfter(Timestamps.now())) {
            refresher.refreshIfUnchanged(profileId, profile.refreshCount());
            profile = load(profileId);
        }
        try {
            return attempt(profile, call);
        } catch (ShopeeApiException e) {
            if (!e.isAccessTokenInvalid()) {
                throw e;
            }
            refresher.refreshIfUnchanged(profileId, profile.refreshCount());
            return attempt(load(profileId), call);
        }
    }

    private <T> T attempt(ShopeeProfile profile, BiFunction<ShopeeConnection, ShopeeShop, T> call) {
        if (!profile.missingCredentials().isEmpty()) {
            throw ShopeeProfiles.missing(profile.missingCredentials());
        }
        if (profile.accessExpiresAt() == null) {
            throw PlatformException.conflict("Profile " + profile.id() + " is not authorized with Shopee yet");
        }
        try (ShopeeConnection connection = shopee.getConnection()) {
            return call.apply(connection, profile.shop(secrets.box()));
        }
    }

    private ShopeeProfile load(String profileId) {
        // Outside a transaction every find reads PostgreSQL (the shared cache is off).
        ShopeeProfile profile = em.find(ShopeeProfile.class, profileId);
        if (profile == null) {
            throw PlatformException.notFound("Shopee profile", profileId);
        }
        em.detach(profile);
        return profile;
    }
}
