package com.exzentcg.platform.connector.shopee.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertPlanTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private static AlertPlan.Due exception(String id, String type, int secondsAfterT0) {
        return new AlertPlan.Due(id, ConnectorAlert.EXCEPTION, type, T0.plusSeconds(secondsAfterT0));
    }

    private static AlertPlan.Due summary(String id, int secondsAfterT0) {
        return new AlertPlan.Due(id, ConnectorAlert.SUMMARY, null, T0.plusSeconds(secondsAfterT0));
    }

    private static List<AlertPlan.Due> storm(int size) {
        List<AlertPlan.Due> due = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            due.add(exception("a" + i, i % 3 == 0 ? "MALFORMED_PUSH" : "SIGNATURE_INVALID", i));
        }
        return due;
    }

    @Test
    void nothingDueMeansNothingToDo() {
        AlertPlan plan = AlertPlan.of(List.of(), 5, UNLIMITED);
        assertTrue(plan.send().isEmpty());
        assertNull(plan.fold());
    }

    @Test
    void upToMaxPerPassAlertsGoIndividuallyOldestFirst() {
        var due = List.of(exception("c", "SKU_NOT_FOUND", 30), exception("a", "SIGNATURE_INVALID", 10),
                exception("b", "SIGNATURE_INVALID", 20), exception("d", "UPSTREAM_ERROR", 40),
                exception("e", "UPSTREAM_ERROR", 50));
        AlertPlan plan = AlertPlan.of(due, 5, UNLIMITED);
        assertEquals(List.of("a", "b", "c", "d", "e"), plan.send());
        assertNull(plan.fold());
    }

    @Test
    void oneMoreThanMaxPerPassBecomesOneSummary() {
        AlertPlan plan = AlertPlan.of(storm(6), 5, UNLIMITED);
        assertTrue(plan.send().isEmpty(), "no individual posts in a storm");
        assertEquals(6, plan.fold().count());
        assertTrue(plan.sendFold());
    }

    @Test
    void aStormSummaryCountsByTypeAndSpansFirstToLast() {
        AlertPlan plan = AlertPlan.of(storm(50), 5, UNLIMITED);
        AlertPlan.Summary summary = plan.fold();
        assertEquals(50, summary.count());
        assertEquals(Map.of("MALFORMED_PUSH", 17, "SIGNATURE_INVALID", 33), summary.byType());
        assertEquals(T0, summary.firstAt());
        assertEquals(T0.plusSeconds(49), summary.lastAt());
        assertEquals(50, summary.ids().stream().distinct().count(), "every alert is accounted for");
    }

    @Test
    void theBudgetCapsIndividualPostsAndTheRestWait() {
        AlertPlan plan = AlertPlan.of(storm(4), 5, 2);
        assertEquals(List.of("a0", "a1"), plan.send());
        assertNull(plan.fold());
        assertTrue(AlertPlan.of(storm(4), 5, 0).send().isEmpty());
    }

    @Test
    void aStormIsFoldedEvenWhenTheBudgetIsSpentButTheSummaryWaits() {
        AlertPlan plan = AlertPlan.of(storm(20), 5, 0);
        assertEquals(20, plan.fold().count());
        assertFalse(plan.sendFold());
    }

    @Test
    void pendingSummariesGoFirstAndAreNeverFoldedAgain() {
        List<AlertPlan.Due> due = new ArrayList<>(storm(10));
        due.add(summary("s1", 100));
        AlertPlan plan = AlertPlan.of(due, 5, 1);
        assertEquals(List.of("s1"), plan.send());
        assertEquals(10, plan.fold().count(), "only exception alerts are folded");
        assertFalse(plan.fold().ids().contains("s1"));
        assertFalse(plan.sendFold(), "the budget went to the older summary");
    }

    @Test
    void summariesAloneDoNotCountTowardsAStorm() {
        List<AlertPlan.Due> due = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            due.add(summary("s" + i, i));
        }
        AlertPlan plan = AlertPlan.of(due, 5, 3);
        assertEquals(List.of("s0", "s1", "s2"), plan.send());
        assertNull(plan.fold());
    }
}
