package com.exzentcg.platform.order;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.StockReference;
import com.exzentcg.platform.platform.caller.Caller;
import com.exzentcg.platform.location.StockLocation;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Like;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The orders boundary for every channel. Each transition locks the order row, asks the entity
 * whether anything changes, and only then moves stock, so repeats and races change stock once.
 */
@Stateless
public class Orders {

    public static final String MANUAL_CHANNEL = "manual";

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    Inventory inventory;

    @EJB
    StockLocations locations;

    @Resource
    SessionContext session;

    /** Records the order and reserves its stock at its location, all or nothing. */
    public Order place(@NotNull @Valid NewOrder request) {
        String channel = request.channel() == null ? MANUAL_CHANNEL : request.channel().trim().toLowerCase(Locale.ROOT);
        String environment = request.environment() == null ? null : request.environment().toLowerCase(Locale.ROOT);
        String externalRef = blankToNull(request.externalRef());
        if (externalRef != null && findByExternalRef(channel, environment, externalRef).isPresent()) {
            throw duplicateReference(channel, environment, externalRef);
        }
        String locationId = locationOf(request.locationId());

        List<NewOrderLine> items = request.items();
        Map<String, Variant> variants = catalog.bySkus(items.stream().map(NewOrderLine::sku).toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!variants.containsKey(Variant.normaliseSku(items.get(i).sku()))) {
                errors.add(new FieldError("items[" + i + "].sku", "no variant has SKU " + items.get(i).sku()));
            }
        }
        if (!errors.isEmpty()) {
            throw PlatformException.invalid(errors);
        }
        List<Money> prices = new ArrayList<>();
        for (NewOrderLine line : items) {
            prices.add(line.unitPrice() != null ? line.unitPrice().toMoney()
                    : variants.get(Variant.normaliseSku(line.sku())).price());
        }
        String currency = request.currencyCode() != null ? request.currencyCode().trim().toUpperCase(Locale.ROOT)
                : prices.get(0).currencyCode();
        Money shipping = request.shipping() != null ? request.shipping().toMoney() : Money.of(0, currency);
        for (int i = 0; i < prices.size(); i++) {
            if (!prices.get(i).currencyCode().equals(currency)) {
                errors.add(new FieldError("items[" + i + "].unit_price", "must be in the order currency " + currency));
            }
        }
        if (!shipping.currencyCode().equals(currency)) {
            errors.add(new FieldError("shipping", "must be in the order currency " + currency));
        }
        if (!errors.isEmpty()) {
            throw PlatformException.invalid(errors);
        }

        var order = new Order(channel, environment, externalRef, locationId, shipping,
                new Order.Customer(blankToNull(request.customerName()), blankToNull(request.customerEmail()),
                        blankToNull(request.customerPhone())), blankToNull(request.note()), Caller.name(session));
        for (int i = 0; i < items.size(); i++) {
            Variant variant = variants.get(Variant.normaliseSku(items.get(i).sku()));
            order.addLine(variant.id(), variant.sku(), variant.title(), items.get(i).quantity(), prices.get(i));
        }
        if (request.paymentStatus() != null && PaymentStatus.fromWire(request.paymentStatus()) == PaymentStatus.CAPTURED) {
            order.capturePayment(order.total(), Caller.name(session));
        }
        em.persist(order);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw duplicateReference(channel, environment, externalRef);
            }
            throw e;
        }
        reserve(order, firstIndexBySku(order));
        return order;
    }

    private void reserve(Order order, Map<String, Integer> lineIndex) {
        var reference = StockReference.order(order.id());
        Map<String, String> variantIds = order.variantIdsBySku();
        order.quantitiesBySku().forEach((sku, quantity) -> {
            try {
                inventory.reserve(variantIds.get(sku), sku, order.locationId(), quantity, reference);
            } catch (PlatformException e) {
                if (e.type() != ErrorType.CONFLICT) {
                    throw e;
                }
                throw new StockShortage("Not enough stock for this order: " + e.getMessage(),
                        List.of(new FieldError("items[" + lineIndex.get(sku) + "].quantity", e.getMessage())));
            }
        });
    }

    private static Map<String, Integer> firstIndexBySku(Order order) {
        Map<String, Integer> index = new HashMap<>();
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            index.putIfAbsent(lines.get(i).sku(), i);
        }
        return index;
    }

    /** Reserved stock leaves the shelf. Repeating it changes nothing; a cancelled order cannot ship. */
    public Order ship(String id) {
        Order order = lock(id);
        if (order.ship(Caller.name(session))) {
            var reference = StockReference.order(order.id());
            Map<String, String> variantIds = order.variantIdsBySku();
            order.quantitiesBySku().forEach((sku, quantity) ->
                    inventory.commit(variantIds.get(sku), sku, order.locationId(), quantity, reference));
        }
        return order;
    }

    /** Releases the reservation. Cancelling twice releases once; a shipped order cannot be cancelled. */
    public Order cancel(String id) {
        Order order = lock(id);
        if (order.cancel(Caller.name(session))) {
            var reference = StockReference.order(order.id());
            Map<String, String> variantIds = order.variantIdsBySku();
            order.quantitiesBySku().forEach((sku, quantity) ->
                    inventory.release(variantIds.get(sku), sku, order.locationId(), quantity, reference));
        }
        return order;
    }

    public Order complete(String id) {
        Order order = lock(id);
        order.complete(Caller.name(session));
        return order;
    }

    /** Returned goods go back on the shelf at the order's location. */
    public Order returnItems(String id, @NotNull @Valid ReturnRequest request) {
        Order order = lock(id);
        Map<String, Integer> requested = new LinkedHashMap<>();
        if (request.items() != null) {
            request.items().forEach(i -> requested.merge(Variant.normaliseSku(i.sku()), i.quantity(), Integer::sum));
        }
        var reference = StockReference.order(order.id());
        Map<String, String> variantIds = order.variantIdsBySku();
        for (Order.ReturnedItem item : order.returnItems(requested, Caller.name(session))) {
            inventory.restock(variantIds.get(item.sku()), item.sku(), order.locationId(), item.quantity(), reference);
        }
        return order;
    }

    /** Records money received (e.g. a marketplace payout); repeating the same amount is a no-op. */
    public Order capturePayment(String id, Money amount) {
        Order order = lock(id);
        order.capturePayment(amount, Caller.name(session));
        return order;
    }

    /** Orders per status, in one environment or (null) all of them; counted in SQL. */
    public java.util.Map<OrderStatus, Long> countByStatus(String environment) {
        String where = environment == null ? "" : " where o.environment = :env";
        var query = em.createQuery("select o.status, count(o) from Order o" + where + " group by o.status", Object[].class);
        if (environment != null) {
            query.setParameter("env", environment);
        }
        java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((OrderStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public Order get(String id) {
        return Optional.ofNullable(em.find(Order.class, id)).orElseThrow(() -> PlatformException.notFound("Order", id));
    }

    /** How a channel pipeline finds the order it created before, to update it instead of creating another. */
    public Optional<Order> findByExternalRef(String channel, String environment, String externalRef) {
        String where = environment == null ? "o.environment is null" : "o.environment = :env";
        var query = em.createQuery("select o from Order o where o.channel = :channel and o.externalRef = :ref and "
                + where, Order.class).setParameter("channel", channel).setParameter("ref", externalRef);
        if (environment != null) {
            query.setParameter("env", environment);
        }
        return query.getResultStream().findFirst();
    }

    /** Newest first; every filter is SQL on an indexed column. */
    public Page<Order> list(PageRequest page, @NotNull OrderFilter filter) {
        var where = new Where()
                .and("o.status = :status", "status", filter.status())
                .and("o.environment = :env", "env", lower(filter.environment()))
                .and("o.channel = :channel", "channel", lower(filter.channel()))
                .and("o.searchText like :q escape '\\'", "q",
                        filter.q() == null || filter.q().isBlank() ? null : Like.contains(filter.q()))
                .and("o.createdAt >= :from", "from", filter.createdFrom())
                .and("o.createdAt < :to", "to", filter.createdTo());
        return Pages.of(where.bind(em.createQuery("select o from Order o" + where
                        + " order by o.createdAt desc, o.id desc", Order.class)),
                where.bind(em.createQuery("select count(o) from Order o" + where, Long.class)), page);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private Order lock(String id) {
        return Optional.ofNullable(em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> PlatformException.notFound("Order", id));
    }

    private String locationOf(String requested) {
        if (requested == null || requested.isBlank()) {
            return locations.defaultLocation().map(StockLocation::id).orElseThrow(() ->
                    PlatformException.invalid("location_id", "is required: no active stock location exists"));
        }
        return locations.find(requested).map(StockLocation::id)
                .orElseThrow(() -> PlatformException.invalid("location_id", "no stock location has id " + requested));
    }

    private static PlatformException duplicateReference(String channel, String environment, String externalRef) {
        return new PlatformException(ErrorType.CONFLICT, "An order " + externalRef + " from " + channel
                + (environment == null ? "" : " (" + environment + ")") + " already exists",
                List.of(new FieldError("external_ref", "already used for this channel and environment")));
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
