package com.exzentcg.platform.connector.shopee.ordersync;

import java.util.Map;

/**
 * Shopee's order statuses ranked along the order's life (reference §5), so a late or
 * out-of-order push can be recognised and never moves an order backwards. CANCELLED is terminal;
 * IN_CANCEL keeps the rank of where the order was.
 */
public final class ShopeeOrderStatus {

    public static final String UNPAID = "UNPAID";
    public static final String READY_TO_SHIP = "READY_TO_SHIP";
    public static final String PROCESSED = "PROCESSED";
    public static final String RETRY_SHIP = "RETRY_SHIP";
    public static final String SHIPPED = "SHIPPED";
    public static final String TO_CONFIRM_RECEIVE = "TO_CONFIRM_RECEIVE";
    public static final String COMPLETED = "COMPLETED";
    public static final String IN_CANCEL = "IN_CANCEL";
    public static final String CANCELLED = "CANCELLED";
    public static final String TO_RETURN = "TO_RETURN";

    public static final int CANCELLED_RANK = 100;

    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry(UNPAID, 0), Map.entry("PENDING", 1), Map.entry("INVOICE_PENDING", 1),
            Map.entry(READY_TO_SHIP, 2), Map.entry(PROCESSED, 3), Map.entry(RETRY_SHIP, 3),
            Map.entry(SHIPPED, 4), Map.entry(TO_CONFIRM_RECEIVE, 5), Map.entry(TO_RETURN, 6),
            Map.entry(COMPLETED, 7), Map.entry(CANCELLED, CANCELLED_RANK));

    private ShopeeOrderStatus() {
    }

    /** The rank of a status; IN_CANCEL and unknown statuses have none (-1): they move nothing. */
    public static int rank(String status) {
        return status == null ? -1 : RANK.getOrDefault(status, -1);
    }

    /** Paid and not cancelled: the stock is committed to this buyer. */
    public static boolean holdsStock(String status) {
        int rank = rank(status);
        return rank >= rank(READY_TO_SHIP) && rank < CANCELLED_RANK;
    }

    public static boolean leftTheShelf(String status) {
        int rank = rank(status);
        return rank >= rank(SHIPPED) && rank < CANCELLED_RANK;
    }

    /**
     * Whether moving from the recorded state to the observed one is progress. The recorded rank is
     * the last ranked status (IN_CANCEL keeps it). Equal rank is progress only with a later update
     * time (PROCESSED ⇄ RETRY_SHIP, IN_CANCEL back to where it was).
     */
    public static boolean isProgress(String recordedStatus, int recordedRank, long recordedUpdateTime,
            String observedStatus, long observedUpdateTime) {
        if (CANCELLED.equals(recordedStatus)) {
            return false;
        }
        int from = recordedRank;
        int to = rank(observedStatus);
        if (to < 0) {
            return observedUpdateTime > recordedUpdateTime;
        }
        return to > from || (to == from && observedUpdateTime > recordedUpdateTime);
    }
}
