package com.exzentcg.platform.dashboard;

import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.profile.ShopeeEnvironment;
import com.exzentcg.platform.connector.shopee.profile.ShopeeProfiles;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvents;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.order.Orders;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The summary behind the operator's home page. */
@Stateless
public class Dashboard {

    public static final String ALL = "all";

    @EJB
    ShopeeProfiles profiles;

    @EJB
    Orders orders;

    @EJB
    Inventory inventory;

    @EJB
    ConnectorExceptions exceptions;

    @EJB
    ShopeeEvents events;

    /** @param envFilter {@code all}, {@code sandbox}, {@code live}, or null for the active environment */
    public Summary summary(String envFilter) {
        String active = profiles.activeEnvironment().wireName();
        String filter = envFilter == null || envFilter.isBlank() ? active : envFilter.trim().toLowerCase(Locale.ROOT);
        if (!filter.equals(ALL) && ShopeeEnvironment.parse(filter).isEmpty()) {
            throw PlatformException.invalid("env", "must be all, sandbox or live");
        }
        String environment = filter.equals(ALL) ? null : filter;
        Map<String, Long> byStatus = new LinkedHashMap<>();
        orders.countByStatus(environment).forEach((status, count) -> byStatus.put(status.name().toLowerCase(Locale.ROOT), count));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(active, filter, total, byStatus, exceptions.countOpenIn(environment), inventory.countLowStock(),
                events.countByStatus(environment));
    }
}
