package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Does what a push asks, in a transaction of its own: commerce changes commit or roll back
 * together, and the claiming transaction records the outcome either way.
 */
@Stateless
public class EventHandling {

    /** What became of an event that did not fail. */
    public record Handled(boolean acted, String note) {
        static Handled done() {
            return new Handled(true, null);
        }

        static Handled ignored(String why) {
            return new Handled(false, why);
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    ConnectorExceptions exceptions;

    /** Order-status pushes; provided by the order sync feature. */
    @Inject
    Instance<OrderStatusPushHandler> orderStatus;

    /** Reserved (promotion) stock pushes; provided by the stock push feature. */
    @Inject
    Instance<ReservedStockPushHandler> reservedStock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Handled handle(ClaimedEvent event, PushEnvelope push) {
        return switch (push.code()) {
            case PushEnvelope.ORDER_STATUS -> orderStatus.isResolvable()
                    ? orderStatus.get().handle(event, push)
                    : Handled.ignored("order sync is not installed");
            case PushEnvelope.RESERVED_STOCK_CHANGE -> reservedStock.isResolvable()
                    ? reservedStock.get().handle(event, push)
                    : Handled.ignored("stock push is not installed");
            case PushEnvelope.AUTHORIZATION_CANCELLED -> authorizationCancelled(event);
            case PushEnvelope.AUTHORIZATION_EXPIRY -> authorizationExpiring(event, push);
            case PushEnvelope.SHOP_AUTHORIZED -> Handled.ignored("shop authorized; tokens come through the OAuth callback");
            default -> Handled.ignored("push code " + push.code() + " is not used by the platform");
        };
    }

    private Handled authorizationCancelled(ClaimedEvent event) {
        ShopeeProfile profile = profile(event);
        if (profile == null) {
            return Handled.ignored("no profile");
        }
        profile.authorizationCancelled();
        exceptions.raise(ExceptionType.AUTHORIZATION_CANCELLED, event.environment(), profile.id(), null,
                "The seller cancelled the shop's authorization; authorize it again to resume");
        return Handled.done();
    }

    private Handled authorizationExpiring(ClaimedEvent event, PushEnvelope push) {
        ShopeeProfile profile = profile(event);
        if (profile == null) {
            return Handled.ignored("no profile");
        }
        // The payload shape is not documented; accept the plausible field names.
        Long expiry = null;
        for (String key : new String[] {"expire_time", "expiry_time", "auth_expire_time"}) {
            expiry = expiry != null ? expiry : PushEnvelope.longOrNull(push.data(), key);
        }
        if (expiry != null) {
            profile.authorizationExpiresAt(OffsetDateTime.ofInstant(Instant.ofEpochSecond(expiry), ZoneOffset.UTC));
        }
        exceptions.raise(ExceptionType.AUTHORIZATION_EXPIRING, event.environment(), profile.id(), null,
                "Shopee says the shop's authorization expires soon"
                        + (expiry == null ? "" : " (" + Instant.ofEpochSecond(expiry) + ")") + "; re-authorize before then");
        return Handled.done();
    }

    private ShopeeProfile profile(ClaimedEvent event) {
        return event.profileId() == null ? null : em.find(ShopeeProfile.class, event.profileId());
    }
}
