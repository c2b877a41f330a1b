package com.exzentcg.platform.inventory;

/**
 * One change of a level, as deltas of {@code stocked} and {@code reserved}. The guarded UPDATE
 * applies exactly these deltas and refuses any that would break
 * {@code 0 <= reserved <= stocked}; the ledger row records the same deltas, so summing the
 * ledger always gives the level.
 */
public record StockChange(MovementKind kind, int stockedDelta, int reservedDelta) {

    /** A counted correction: positive finds stock, negative writes it off (never below what is reserved). */
    public static StockChange adjustment(int delta) {
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment must change the stock");
        }
        return new StockChange(MovementKind.ADJUSTMENT, delta, 0);
    }

    public static StockChange receipt(int quantity) {
        return new StockChange(MovementKind.RECEIPT, positive(quantity), 0);
    }

    public static StockChange transferOut(int quantity) {
        return new StockChange(MovementKind.TRANSFER_OUT, -positive(quantity), 0);
    }

    public static StockChange transferIn(int quantity) {
        return new StockChange(MovementKind.TRANSFER_IN, positive(quantity), 0);
    }

    /** Holds stock for an order: available drops, nothing leaves the shelf yet. */
    public static StockChange reservation(int quantity) {
        return new StockChange(MovementKind.RESERVATION, 0, positive(quantity));
    }

    public static StockChange release(int quantity) {
        return new StockChange(MovementKind.RELEASE, 0, -positive(quantity));
    }

    /** The reserved copies leave: stocked and reserved both drop, available is unchanged. */
    public static StockChange shipment(int quantity) {
        return new StockChange(MovementKind.SHIPMENT, -positive(quantity), -positive(quantity));
    }

    public static StockChange returned(int quantity) {
        return new StockChange(MovementKind.RETURN, positive(quantity), 0);
    }

    /** Only adds stock, so it can never fail and may create the level it lands on. */
    public boolean onlyAdds() {
        return stockedDelta > 0 && reservedDelta == 0;
    }

    public int availableDelta() {
        return stockedDelta - reservedDelta;
    }

    private static int positive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return quantity;
    }
}
