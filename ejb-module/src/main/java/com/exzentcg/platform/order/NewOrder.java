package com.exzentcg.platform.order;

import com.exzentcg.platform.catalog.CurrencyCode;
import com.exzentcg.platform.catalog.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An order as a channel hands it over: manual orders from the admin API now, marketplace orders
 * (channel, environment, external reference) from their pipelines later. Placing it reserves stock.
 */
public record NewOrder(
        @Size(max = 40, message = "must be at most 40 characters")
        @Pattern(regexp = Order.CHANNEL_PATTERN, message = "must be a lowercase name such as manual or shopee")
        String channel,
        @Pattern(regexp = Order.ENVIRONMENT_PATTERN, message = "must be sandbox or live") String environment,
        @Size(max = 100, message = "must be at most 100 characters") String externalRef,
        @Size(max = 64, message = "must be at most 64 characters") String locationId,
        @CurrencyCode String currencyCode,
        @Valid MoneyInput shipping,
        @Pattern(regexp = PaymentStatus.PATTERN, message = "must be awaiting or captured") String paymentStatus,
        @Size(max = 200, message = "must be at most 200 characters") String customerName,
        @Email(message = "must be an email address") @Size(max = 320, message = "must be at most 320 characters")
        String customerEmail,
        @Size(max = 40, message = "must be at most 40 characters") String customerPhone,
        @Size(max = 2000, message = "must be at most 2000 characters") String note,
        @NotEmpty(message = "must contain at least one item") @Size(max = 500, message = "must have at most 500 items")
        List<@NotNull(message = "is required") @Valid NewOrderLine> items) {
}
