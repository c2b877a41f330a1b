package com.exzentcg.platform.connector.shopee.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sender pass does with the alerts that are due: pure, so the storm and rate rules are
 * unit-tested without a server.
 * <ul>
 * <li>Pending summaries go first (they already stand for many alerts).</li>
 * <li>More than {@code maxPerPass} exception alerts due: all of them are folded into ONE summary,
 * so a storm (a shop's key rotated, 10k bad pushes) is one message, not 10k.</li>
 * <li>Otherwise they go individually, oldest first.</li>
 * <li>Never more posts than {@code budget} (what the per-minute limit leaves); the rest wait.</li>
 * </ul>
 *
 * @param send    alert ids to post individually, in order
 * @param fold    the summary to create, or null
 * @param sendFold whether the budget leaves room to post that summary in this pass
 */
public record AlertPlan(List<String> send, Summary fold, boolean sendFold) {

    /** An alert that is due, as the planner needs it. */
    public record Due(String id, String kind, String type, OffsetDateTime createdAt) {
    }

    /** A storm in numbers: which alerts, how many of each type, and when it began and ended. */
    public record Summary(List<String> ids, Map<String, Integer> byType, OffsetDateTime firstAt, OffsetDateTime lastAt) {
        public int count() {
            return ids.size();
        }
    }

    public static AlertPlan of(List<Due> due, int maxPerPass, int budget) {
        List<Due> ordered = due.stream()
                .sorted(Comparator.comparing(Due::createdAt).thenComparing(Due::id)).toList();
        List<String> send = new ArrayList<>();
        int left = Math.max(0, budget);
        for (Due d : ordered) {
            if (ConnectorAlert.SUMMARY.equals(d.kind()) && left > 0) {
                send.add(d.id());
                left--;
            }
        }
        List<Due> single = ordered.stream().filter(d -> !ConnectorAlert.SUMMARY.equals(d.kind())).toList();
        if (single.size() > Math.max(1, maxPerPass)) {
            return new AlertPlan(List.copyOf(send), summarize(single), left > 0);
        }
        for (Due d : single) {
            if (left == 0) {
                break;
            }
            send.add(d.id());
            left--;
        }
        return new AlertPlan(List.copyOf(send), null, false);
    }

    static Summary summarize(List<Due> alerts) {
        Map<String, Integer> byType = new TreeMap<>();
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (Due d : alerts) {
            byType.merge(d.type() == null ? "UNKNOWN" : d.type(), 1, Integer::sum);
            first = first == null || d.createdAt().isBefore(first) ? d.createdAt() : first;
            last = last == null || d.createdAt().isAfter(last) ? d.createdAt() : last;
        }
        return new Summary(alerts.stream().map(Due::id).toList(), byType, first, last);
    }
}
