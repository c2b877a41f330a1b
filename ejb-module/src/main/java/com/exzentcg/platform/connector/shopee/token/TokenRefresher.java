package com.exzentcg.platform.connector.shopee.token;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeConnection;
import com.exzentcg.platform.connector.shopee.ShopeeConnectionFactory;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.TokenGrant;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ConnectorSettings;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Refreshes a shop's access token. Shopee's refresh token is single-use and rotates on every
 * refresh, so two refreshes racing with the same token would lose the shop. Every refresh of a
 * profile therefore runs under that profile's PostgreSQL advisory lock (threads and nodes alike)
 * and persists the new pair before the lock is released (at commit). Inside the lock each kind
 * of caller re-checks whether its refresh is still needed, so callers that raced for the lock
 * make no second upstream call:
 * <ul>
 * <li>the timer and the operator's button skip a shop refreshed within the minimum interval;</li>
 * <li>a call Shopee rejected for its token passes the {@code refresh_count} it used, and skips
 * when that count has moved (someone refreshed meanwhile: retry with their token).</li>
 * </ul>
 */
@Stateless
public class TokenRefresher {

    private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());
    /** Refusals after which only re-authorizing the shop helps (reference §3). */
    private static final Set<String> RECONNECT_ERRORS = Set.of("refresh_token_expired", "error_shop_refresh_token",
            "shop_access_expired", "shop_no_linked", "shop_banned", "partner_shop_no_link", "error_param",
            "error_auth", "invalid_acceess_token", "invalid_access_token", "error_sign", "invalid_partner_id");

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:/eis/shopee")
    ShopeeConnectionFactory shopee;

    @Inject
    Secrets secrets;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    ConnectorSettings settings;

    /** The operator's "refresh now": skipped when the shop was refreshed moments ago. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RefreshOutcome refreshNow(String profileId) {
        return refresh(profileId, this::refreshedRecently);
    }

    /** The timer's refresh: only when the token expires within the margin and was not just refreshed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RefreshOutcome refreshIfDue(String profileId) {
        OffsetDateTime horizon = Timestamps.now().plus(settings.refreshMargin());
        return refresh(profileId, p -> refreshedRecently(p)
                || (p.accessExpiresAt() != null && p.accessExpiresAt().isAfter(horizon)));
    }

    /** After Shopee rejected a token: refresh unless someone already did since {@code observedRefreshCount}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RefreshOutcome refreshIfUnchanged(String profileId, long observedRefreshCount) {
        return refresh(profileId, p -> p.refreshCount() != observedRefreshCount);
    }

    private boolean refreshedRecently(ShopeeProfile p) {
        return p.lastRefreshAt() != null && "ok".equals(p.lastRefreshOutcome())
                && p.lastRefreshAt().isAfter(Timestamps.now().minus(settings.minRefreshInterval()));
    }

    private RefreshOutcome refresh(String profileId, Predicate<ShopeeProfile> alreadyDone) {
        AdvisoryLocks.lock(em, "shopee-token:" + profileId);
        // Read after taking the lock: whoever held it before has committed by now.
        ShopeeProfile profile = profile(profileId);
        if (alreadyDone.test(profile)) {
            return RefreshOutcome.ALREADY_REFRESHED;
        }
        if (!profile.hasRefreshToken() || !profile.missingCredentials().isEmpty()) {
            return RefreshOutcome.NOT_CONNECTED;
        }
        var box = secrets.box();
        try (ShopeeConnection connection = shopee.getConnection()) {
            TokenGrant grant = connection.refreshAccessToken(profile.partner(box), profile.refreshToken(box), profile.shopId());
            profile.storeTokens(grant, box, false);
            LOG.info(() -> "Refreshed Shopee access token of profile " + profileId);
            return RefreshOutcome.REFRESHED;
        } catch (ShopeeApiException e) {
            boolean reconnect = RECONNECT_ERRORS.contains(e.error());
            return failed(profile, e.error(), reconnect);
        } catch (ShopeeTransportException e) {
            // The request may have reached Shopee and rotated the token; the next attempt finds out.
            return failed(profile, "transport", false);
        }
    }

    private RefreshOutcome failed(ShopeeProfile profile, String error, boolean reconnect) {
        profile.refreshFailed(error, reconnect);
        exceptions.raise(ExceptionType.TOKEN_REFRESH_FAILED, profile.environment().wireName(), profile.id(), null,
                "Token refresh failed (" + error + ")" + (reconnect ? "; the shop must be re-authorized" : "; will retry"));
        return RefreshOutcome.FAILED;
    }

    private ShopeeProfile profile(String profileId) {
        ShopeeProfile profile = em.find(ShopeeProfile.class, profileId);
        if (profile == null) {
            throw PlatformException.notFound("Shopee profile", profileId);
        }
        // Only ever called first thing in a new transaction: find reads PostgreSQL (no shared cache).
        return profile;
    }
}
