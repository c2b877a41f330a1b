package com.exzentcg.platform.connector.shopee.alert;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.config.PlatformSettings;
import com.exzentcg.platform.platform.id.Ids;
import com.exzentcg.platform.platform.lock.AdvisoryLocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One pass of the alert sender. The pass transaction only holds the cluster-wide advisory lock
 * and reads what is due; every outcome (sent, retry later, failed, folded into a summary) is
 * committed on its own at once, so a node dying mid-pass re-sends at most the post in flight.
 */
@Stateless
public class AlertSender {

    private static final Logger LOG = Logger.getLogger(AlertSender.class.getName());
    /** Enough to summarise a storm in one go; a larger backlog is summarised over a few passes. */
    private static final int MAX_DUE_PER_PASS = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertSettings settings;

    @Inject
    AlertReceiver receiver;

    @Inject
    PlatformSettings platform;

    @EJB
    AlertSender self;

    /** Returns how many alerts this pass delivered (posted or logged), or -1 when another node's pass runs. */
    public int pass(PostWindow window) {
        if (!AdvisoryLocks.tryLock(em, "timer:shopee-alert-send")) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, kind, type, created_at, payload FROM connector_alert
                 WHERE status = 'pending' AND next_attempt_at <= now()
                 ORDER BY created_at, id
                 LIMIT ?1""")
                .setParameter(1, MAX_DUE_PER_PASS).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<AlertPlan.Due> due = new ArrayList<>(rows.size());
        Map<String, String> payloads = new HashMap<>();
        for (Object[] row : rows) {
            due.add(new AlertPlan.Due((String) row[0], (String) row[1], (String) row[2], utc(row[3])));
            payloads.put((String) row[0], (String) row[4]);
        }
        Optional<URI> url = settings.webhookUrl();
        int budget = url.isPresent() ? window.available(settings.maxPerMinute(), Instant.now()) : Integer.MAX_VALUE;
        AlertPlan plan = AlertPlan.of(due, settings.maxPerPass(), budget);

        List<String> send = new ArrayList<>(plan.send());
        if (plan.fold() != null) {
            Folded summary = self.fold(plan.fold());
            payloads.put(summary.id(), summary.payload());
            LOG.info(() -> "Alert storm: " + plan.fold().count() + " alerts folded into summary " + summary.id()
                    + " " + plan.fold().byType());
            if (plan.sendFold()) {
                send.add(summary.id());
            }
        }
        int delivered = 0;
        for (String id : send) {
            delivered += deliver(id, payloads.get(id), url, window) ? 1 : 0;
        }
        return delivered;
    }

    private boolean deliver(String id, String payload, Optional<URI> url, PostWindow window) {
        if (url.isEmpty()) {
            // The payload is operator-safe by construction (no secrets), so it may be logged.
            LOG.info(() -> "Alert " + id + " (no SHOPEE_ALERT_WEBHOOK_URL, not posted): " + payload);
            self.suppressed(id, "no webhook URL configured; logged only");
            return true;
        }
        window.record(Instant.now());
        AlertReceiver.Outcome outcome = receiver.post(url.get(), payload);
        if (outcome.ok()) {
            self.sent(id);
            return true;
        }
        String status = self.attemptFailed(id, outcome.error());
        LOG.warning(() -> "Alert " + id + " not delivered (" + outcome.error() + "): " + status);
        return false;
    }

    /** What a fold created: the summary alert and its JSON. */
    public record Folded(String id, String payload) {
    }

    /** Creates the summary and marks the alerts it stands for suppressed, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Folded fold(AlertPlan.Summary summary) {
        OffsetDateTime now = Timestamps.now();
        String id = Ids.next("alr");
        String payload = AlertPayloads.summary(id, summary, platform.publicApiBaseUrl());
        em.persist(ConnectorAlert.summary(id, payload, now));
        em.flush();
        List<String> ids = summary.ids();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("""
                    update ConnectorAlert a set a.status = 'suppressed', a.summaryId = :summary, a.lastError = :note
                     where a.id in :ids and a.status = 'pending'""")
                    .setParameter("summary", id).setParameter("note", "folded into summary " + id)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .executeUpdate();
        }
        return new Folded(id, payload);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(String id) {
        ConnectorAlert alert = em.find(ConnectorAlert.class, id);
        if (alert != null && alert.pending()) {
            alert.sent(Timestamps.now());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void suppressed(String id, String why) {
        ConnectorAlert alert = em.find(ConnectorAlert.class, id);
        if (alert != null && alert.pending()) {
            alert.suppressed(why);
        }
    }

    /** Returns what happens next, for the log: "retry in …" or "gave up after n attempts". */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String attemptFailed(String id, String error) {
        ConnectorAlert alert = em.find(ConnectorAlert.class, id);
        if (alert == null || !alert.pending()) {
            return "gone";
        }
        var backoff = settings.backoff(alert.attempts() + 1);
        alert.attemptFailed(error, settings.maxAttempts(), backoff, Timestamps.now());
        return alert.pending() ? "retry in " + backoff.toMillis() + " ms"
                : "gave up after " + alert.attempts() + " attempts";
    }

    private static OffsetDateTime utc(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
