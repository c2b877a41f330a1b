package com.exzentcg.platform.connector.shopee.webhook;

import com.exzentcg.platform.connector.shopee.ShopeeApiException;
import com.exzentcg.platform.connector.shopee.ShopeeTransportException;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.exception.ExceptionType;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Claims stored pushes and runs them, at least once and safely in parallel: a claim is a row lock
 * taken with {@code FOR UPDATE SKIP LOCKED}, so workers on every node share the queue without
 * taking the same event. The claim's transaction records the outcome; the work itself commits in
 * {@link EventHandling}'s own transaction, and is idempotent, so a crash between the two only
 * repeats work that changes nothing the second time.
 */
@Stateless
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    EventHandling handling;

    @EJB
    ConnectorExceptions exceptions;

    @Inject
    EventSettings settings;

    /** Processes the oldest due event, if any; false when the queue has nothing due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean processNext() {
        // One read: the claim loads the row itself, rather than locking an id and finding it after.
        @SuppressWarnings("unchecked")
        List<ShopeeEvent> claimed = em.createNativeQuery("""
                SELECT * FROM shopee_event WHERE status IN ('pending', 'retry') AND next_attempt_at <= now()
                 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""", ShopeeEvent.class).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        run(claimed.get(0));
        return true;
    }

    /** Processes one event now if it is due and nobody else holds it; true when this call ran it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean process(String eventId) {
        @SuppressWarnings("unchecked")
        List<ShopeeEvent> claimed = em.createNativeQuery("""
                SELECT * FROM shopee_event WHERE id = ?1 AND status IN ('pending', 'retry')
                   FOR UPDATE SKIP LOCKED""", ShopeeEvent.class).setParameter(1, eventId).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        run(claimed.get(0));
        return true;
    }

    private void run(ShopeeEvent event) {
        try {
            // Values, not the entity: it is managed here, and the handling has its own transaction.
            // A body that does not parse fails like any other unexpected error below.
            PushEnvelope push = PushEnvelope.parse(event.rawBody());
            EventHandling.Handled handled = handling.handle(ClaimedEvent.of(event), push);
            if (handled.acted()) {
                event.done();
            } else {
                event.ignored(handled.note());
            }
        } catch (HeldEvent held) {
            event.held(held.getMessage());
            exceptions.raise(held.type(), event.environment(), event.profileId(), held.reference(), held.getMessage(),
                    event.id(), held.skus());
        } catch (ShopeeApiException | ShopeeTransportException upstream) {
            String error = upstream instanceof ShopeeApiException api ? "Shopee " + api.error() : "Shopee unreachable";
            fail(event, error);
        } catch (PlatformException refused) {
            fail(event, refused.getMessage());
        } catch (RuntimeException unexpected) {
            // Anything else still counts as an attempt: an event that always fails must end up
            // dead, not be claimed again forever.
            LOG.warning(() -> "Event " + event.id() + " failed: " + unexpected.getClass().getName());
            fail(event, "processing failed: " + rootMessage(unexpected));
        }
    }

    private void fail(ShopeeEvent event, String error) {
        event.failed(error, settings.maxAttempts(), settings.backoff(event.attempts()));
        if ("dead".equals(event.status())) {
            exceptions.raise(ExceptionType.UPSTREAM_ERROR, event.environment(), event.profileId(), event.id(),
                    "Push " + event.id() + " gave up after " + event.attempts() + " attempts: " + error, event.id());
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
