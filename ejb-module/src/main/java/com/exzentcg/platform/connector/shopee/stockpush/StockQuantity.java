package com.exzentcg.platform.connector.shopee.stockpush;

/**
 * The quantity to send Shopee for one model. Shopee refuses (and must never be given) a seller
 * stock below the model's reserved promotion stock: an absolute push that went lower would wipe
 * campaign stock. So the push is {@code max(available, reserved)}, and {@link #shortfall()} says
 * how many promised units the platform does not have.
 *
 * @param available the platform's available stock (never negative once built)
 * @param reserved  Shopee's reserved (campaign) stock for the model
 * @param pushed    what goes into {@code update_stock}
 */
public record StockQuantity(int available, int reserved, int pushed) {

    public static StockQuantity of(int available, int reserved) {
        int have = Math.max(0, available);
        int promised = Math.max(0, reserved);
        return new StockQuantity(have, promised, Math.max(have, promised));
    }

    /** Units Shopee holds for a promotion beyond what the platform has available; 0 normally. */
    public int shortfall() {
        return Math.max(0, reserved - available);
    }

    public boolean belowReserved() {
        return shortfall() > 0;
    }
}
