package com.exzentcg.platform.connector.shopee;

import java.util.List;

/** Shopee's per-entry answer to {@code update_stock}: a partial failure is a normal result, not an exception. */
public record StockUpdateResult(List<Success> successes, List<Failure> failures) {

    public StockUpdateResult {
        successes = List.copyOf(successes);
        failures = List.copyOf(failures);
    }

    public boolean allSucceeded() {
        return failures.isEmpty();
    }

    public record Success(long modelId, String locationId, int stock) {
    }

    /** @param reason Shopee's {@code failed_reason}, e.g. stock below the reserved promotion stock */
    public record Failure(long modelId, String locationId, String reason) {
    }
}
