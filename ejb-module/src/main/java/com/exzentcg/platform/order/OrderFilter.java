package com.exzentcg.platform.order;

import java.time.OffsetDateTime;

/** The orders list's filters; every one is a WHERE clause with an index behind it. {@code null} = any. */
public record OrderFilter(OrderStatus status, String environment, String channel, String q,
        OffsetDateTime createdFrom, OffsetDateTime createdTo) {
}
