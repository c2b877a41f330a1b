package com.exzentcg.platform.order;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An order from any channel. Its transitions are guarded here: each returns whether anything
 * changed, so the boundary moves stock exactly once however often a request is repeated, and
 * refuses what makes no sense (shipping a cancelled order, cancelling a shipped one).
 */
@Entity
@Table(name = "sales_order")
public class Order {

    public static final String ID_PREFIX = "ord";
    public static final String CHANNEL_PATTERN = "(?i)[a-z][a-z0-9_-]*";
    public static final String ENVIRONMENT_PATTERN = "(?i)sandbox|live";

    @Id
    private String id;
    @Column(nullable = false)
    private String channel;
    private String environment;
    @Column(name = "external_ref")
    private String externalRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilment_status", nullable = false)
    private FulfilmentStatus fulfilmentStatus;
    @Column(name = "currency_code", nullable = false)
    private String currencyCode;
    @Column(name = "subtotal_amount", nullable = false)
    private long subtotalAmount;
    @Column(name = "shipping_amount", nullable = false)
    private long shippingAmount;
    @Column(name = "total_amount", nullable = false)
    private long totalAmount;
    @Column(name = "captured_amount")
    private Long capturedAmount;
    @Column(name = "location_id", nullable = false)
    private String locationId;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_email")
    private String customerEmail;
    @Column(name = "customer_phone")
    private String customerPhone;
    private String note;
    /** Maintained by PostgreSQL (id, external ref and customer, lower-cased) for the trigram-indexed text filter. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected Order() {
    }

    /** A new order, placed: its lines follow with {@link #addLine}, its stock is then reserved. */
    public Order(String channel, String environment, String externalRef, String locationId, Money shipping,
            Customer customer, String note, String actor) {
        this.id = Ids.next(ID_PREFIX);
        this.channel = Objects.requireNonNull(channel, "channel");
        this.environment = environment;
        this.externalRef = externalRef;
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.currencyCode = shipping.currencyCode();
        this.shippingAmount = shipping.amount();
        this.totalAmount = shippingAmount;
        Customer c = customer == null ? Customer.NONE : customer;
        this.customerName = c.name();
        this.customerEmail = c.email();
        this.customerPhone = c.phone();
        this.note = note;
        this.status = OrderStatus.PLACED;
        this.paymentStatus = PaymentStatus.AWAITING;
        this.fulfilmentStatus = FulfilmentStatus.UNFULFILLED;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
        record("placed", null, OrderStatus.PLACED, null, actor);
    }

    /** Who bought, as far as the channel tells us. */
    public record Customer(String name, String email, String phone) {
        static final Customer NONE = new Customer(null, null, null);
    }

    /** A line's SKU and how many of it came back. */
    public record ReturnedItem(String sku, int quantity) {
    }

    public OrderLine addLine(String variantId, String sku, String title, int quantity, Money unitPrice) {
        if (status != OrderStatus.PLACED) {
            throw new IllegalStateException("lines are fixed once an order has moved on");
        }
        requireCurrency(unitPrice);
        OrderLine line = new OrderLine(this, lines.size() + 1, variantId, sku, title, quantity, unitPrice);
        lines.add(line);
        subtotalAmount = Math.addExact(subtotalAmount, line.total().amount());
        totalAmount = Math.addExact(subtotalAmount, shippingAmount);
        return line;
    }

    /** Quantity per SKU, in SKU order: the order in which stock rows are locked, so two orders cannot deadlock. */
    public Map<String, Integer> quantitiesBySku() {
        return lines.stream().collect(Collectors.toMap(OrderLine::sku, OrderLine::quantity, Integer::sum,
                java.util.TreeMap::new));
    }

    /** The variant id each SKU's lines point at, so stock changes need no catalogue lookup. */
    public Map<String, String> variantIdsBySku() {
        Map<String, String> ids = new java.util.HashMap<>();
        lines.forEach(l -> ids.putIfAbsent(l.sku(), l.variantId()));
        return ids;
    }

    /** @return true if the order now ships; false if it already had (a repeat) */
    public boolean ship(String actor) {
        switch (status) {
            case PLACED -> {
                fulfilmentStatus = FulfilmentStatus.SHIPPED;
                move(OrderStatus.SHIPPED, "shipped", null, actor);
                return true;
            }
            case SHIPPED, COMPLETED, RETURNED -> {
                return false;
            }
            default -> throw refused("is cancelled and cannot ship");
        }
    }

    /** @return true if the order is now cancelled; false if it already was */
    public boolean cancel(String actor) {
        switch (status) {
            case PLACED -> {
                move(OrderStatus.CANCELLED, "cancelled", null, actor);
                return true;
            }
            case CANCELLED -> {
                return false;
            }
            default -> throw refused("has shipped and cannot be cancelled; record a return instead");
        }
    }

    /** The buyer has it: a marketplace's final state. */
    public boolean complete(String actor) {
        switch (status) {
            case SHIPPED -> {
                move(OrderStatus.COMPLETED, "completed", null, actor);
                return true;
            }
            case COMPLETED, RETURNED -> {
                return false;
            }
            case PLACED -> throw refused("has not shipped yet");
            default -> throw refused("is cancelled and cannot complete");
        }
    }

    /**
     * Takes goods back. An empty request returns everything not yet returned, so repeating it is
     * a no-op; explicit quantities beyond what is left are refused.
     *
     * @return what came back now, by SKU (empty when nothing did)
     */
    public List<ReturnedItem> returnItems(Map<String, Integer> requested, String actor) {
        if (status == OrderStatus.PLACED || status == OrderStatus.CANCELLED) {
            throw refused("has not shipped, so nothing can be returned");
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            lines.forEach(l -> wanted.merge(l.sku(), l.returnable(), Integer::sum));
            wanted.values().removeIf(q -> q == 0);
        } else {
            wanted.putAll(requested);
            requireReturnable(wanted);
        }
        List<ReturnedItem> returned = new ArrayList<>();
        wanted.forEach((sku, quantity) -> {
            int left = quantity;
            for (OrderLine line : lines) {
                if (line.sku().equals(sku) && left > 0 && line.returnable() > 0) {
                    int now = Math.min(left, line.returnable());
                    line.markReturned(now);
                    left -= now;
                }
            }
            returned.add(new ReturnedItem(sku, quantity));
        });
        if (returned.isEmpty()) {
            return returned;
        }
        String note = returned.stream().map(r -> r.quantity() + " × " + r.sku()).collect(Collectors.joining(", "));
        if (lines.stream().allMatch(l -> l.returnable() == 0)) {
            fulfilmentStatus = FulfilmentStatus.RETURNED;
            move(OrderStatus.RETURNED, "returned", note, actor);
        } else {
            fulfilmentStatus = FulfilmentStatus.PARTIALLY_RETURNED;
            move(status, "partially_returned", note, actor);
        }
        return returned;
    }

    private void requireReturnable(Map<String, Integer> wanted) {
        List<String> unknown = wanted.keySet().stream()
                .filter(sku -> lines.stream().noneMatch(l -> l.sku().equals(sku))).toList();
        if (!unknown.isEmpty()) {
            throw PlatformException.invalid("items", "not on this order: " + String.join(", ", unknown));
        }
        List<FieldError> errors = new ArrayList<>();
        wanted.forEach((sku, quantity) -> {
            int left = lines.stream().filter(l -> l.sku().equals(sku)).mapToInt(OrderLine::returnable).sum();
            if (quantity > left) {
                errors.add(new FieldError("items", "only " + left + " of SKU " + sku + " can still be returned"));
            }
        });
        if (!errors.isEmpty()) {
            throw new PlatformException(ErrorType.CONFLICT, "Order " + id + " cannot take this return: "
                    + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")), errors);
        }
    }

    /** @return true if the payment is now captured; false if this amount already was */
    public boolean capturePayment(Money amount, String actor) {
        requireCurrency(amount);
        if (paymentStatus == PaymentStatus.CAPTURED && capturedAmount == amount.amount()) {
            return false;
        }
        if (paymentStatus == PaymentStatus.REFUNDED) {
            throw refused("was refunded; its payment cannot be captured again");
        }
        paymentStatus = PaymentStatus.CAPTURED;
        capturedAmount = amount.amount();
        record("payment_captured", status, status, amount.toString(), actor);
        return true;
    }

    public boolean refundPayment(String actor) {
        switch (paymentStatus) {
            case CAPTURED -> {
                paymentStatus = PaymentStatus.REFUNDED;
                record("payment_refunded", status, status, null, actor);
                return true;
            }
            case REFUNDED -> {
                return false;
            }
            default -> throw refused("has no captured payment to refund");
        }
    }

    private void move(OrderStatus to, String event, String note, String actor) {
        OrderStatus from = status;
        status = to;
        record(event, from, to, note, actor);
    }

    private void record(String event, OrderStatus from, OrderStatus to, String note, String actor) {
        // Strictly increasing times keep the history in order even within one millisecond.
        OffsetDateTime now = Timestamps.now();
        if (!history.isEmpty() && !now.isAfter(history.get(history.size() - 1).createdAt())) {
            now = history.get(history.size() - 1).createdAt().plus(1, ChronoUnit.MICROS);
        }
        history.add(new OrderStatusChange(this, event, from, to, note, actor, now));
        updatedAt = now;
    }

    private void requireCurrency(Money money) {
        if (!money.currencyCode().equals(currencyCode)) {
            throw new IllegalArgumentException(money + " is not in the order currency " + currencyCode);
        }
    }

    private PlatformException refused(String why) {
        return PlatformException.conflict("Order " + id + " " + why);
    }

    public String id() { return id; }
    public String channel() { return channel; }
    public String environment() { return environment; }
    public String externalRef() { return externalRef; }
    public OrderStatus status() { return status; }
    public PaymentStatus paymentStatus() { return paymentStatus; }
    public FulfilmentStatus fulfilmentStatus() { return fulfilmentStatus; }
    public String currencyCode() { return currencyCode; }
    public Money subtotal() { return Money.of(subtotalAmount, currencyCode); }
    public Money shipping() { return Money.of(shippingAmount, currencyCode); }
    public Money total() { return Money.of(totalAmount, currencyCode); }
    public Money captured() { return capturedAmount == null ? null : Money.of(capturedAmount, currencyCode); }
    public String locationId() { return locationId; }
    public Customer customer() { return new Customer(customerName, customerEmail, customerPhone); }
    public String note() { return note; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public List<OrderLine> lines() { return List.copyOf(lines); }
    public List<OrderStatusChange> history() { return List.copyOf(history); }
}
