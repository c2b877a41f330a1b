package com.exzentcg.platform.dashboard;

import java.util.Map;

/**
 * What the operator's home page shows. {@code envFilter} is what the counts are scoped to
 * ({@code all}, {@code sandbox} or {@code live}); low stock is physical, so never scoped.
 */
public record Summary(String activeEnvironment, String envFilter, long ordersTotal, Map<String, Long> ordersByStatus,
        long openExceptions, long lowStockItems, Map<String, Long> eventsByStatus) {
}
