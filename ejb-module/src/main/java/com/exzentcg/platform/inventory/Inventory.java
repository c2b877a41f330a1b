package com.exzentcg.platform.inventory;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.catalog.Variant;
import com.exzentcg.platform.platform.caller.Caller;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.id.Ids;
import com.exzentcg.platform.platform.migration.SchemaMigrator;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * The inventory boundary. Every stock change is one guarded SQL statement on the level row
 * (PostgreSQL's row lock serialises racing requests and re-checks the guard) plus one ledger row
 * in the same transaction; nothing reads a quantity into Java and writes it back.
 */
@Stateless
public class Inventory {

    /** Adds stock, creating the level on first receipt; cannot fail a guard. */
    private static final String ADD_STOCK = "insert into inventory_level as l "
            + "(id, variant_id, sku, location_id, stocked, reserved, low_stock_threshold, updated_at) "
            + "values (?1, ?2, ?3, ?4, ?5, 0, 0, now()) on conflict (variant_id, location_id) "
            + "do update set stocked = l.stocked + excluded.stocked, updated_at = now()";

    /** Applies both deltas only if 0 <= reserved <= stocked still holds afterwards. */
    private static final String GUARDED_CHANGE = "update inventory_level l "
            + "set stocked = l.stocked + d.ds, reserved = l.reserved + d.dr, updated_at = now() "
            + "from (select cast(?1 as integer) as ds, cast(?2 as integer) as dr) d "
            + "where l.variant_id = ?3 and l.location_id = ?4 "
            + "and l.stocked + d.ds >= 0 and l.reserved + d.dr >= 0 and l.reserved + d.dr <= l.stocked + d.ds";

    private static final String RETURNING = " returning l.id, l.variant_id, l.sku, l.location_id, l.stocked, "
            + "l.reserved, l.low_stock_threshold, l.updated_at";

    private static final String INSERT_MOVEMENT = "insert into stock_movement (id, variant_id, sku, location_id, "
            + "kind, stocked_delta, reserved_delta, reason, reference_type, reference_id, unit_cost_amount, "
            + "unit_cost_currency_code, actor, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    StockLocations locations;

    @Inject
    Event<AvailableStockChanged> availableChanged;

    @Resource
    SessionContext session;

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    public InventoryLevel adjust(@NotNull @Valid NewAdjustment request) {
        if (request.delta() == 0) {
            throw PlatformException.invalid("delta", "must not be 0");
        }
        Variant variant = variant(request.sku(), "sku");
        requireLocation(request.locationId(), "location_id");
        return change(variant, request.locationId(), StockChange.adjustment(request.delta()),
                new StockReference(ReferenceType.ADJUSTMENT, Ids.next("adj")), request.reason(), null, "delta");
    }

    /** Both levels after the move, source first. */
    public record TransferResult(String transferId, InventoryLevel from, InventoryLevel to) {
    }

    public TransferResult transfer(@NotNull @Valid NewTransfer request) {
        Variant variant = variant(request.sku(), "sku");
        requireLocation(request.fromLocationId(), "from_location_id");
        requireLocation(request.toLocationId(), "to_location_id");
        if (request.fromLocationId().equals(request.toLocationId())) {
            throw PlatformException.invalid("to_location_id", "must differ from from_location_id");
        }
        var reference = new StockReference(ReferenceType.TRANSFER, Ids.next("trf"));
        int quantity = request.quantity();
        // Opposite transfers of one SKU lock the two rows in the same order, so they cannot deadlock.
        InventoryLevel from;
        InventoryLevel to;
        if (request.fromLocationId().compareTo(request.toLocationId()) < 0) {
            from = change(variant, request.fromLocationId(), StockChange.transferOut(quantity), reference,
                    request.reason(), null, "quantity");
            to = change(variant, request.toLocationId(), StockChange.transferIn(quantity), reference,
                    request.reason(), null, "quantity");
        } else {
            to = change(variant, request.toLocationId(), StockChange.transferIn(quantity), reference,
                    request.reason(), null, "quantity");
            from = change(variant, request.fromLocationId(), StockChange.transferOut(quantity), reference,
                    request.reason(), null, "quantity");
        }
        return new TransferResult(reference.id(), from, to);
    }

    public InventoryLevel receive(String sku, String locationId, int quantity, Money unitCost, StockReference reference) {
        Variant variant = variant(sku, "sku");
        requireLocation(locationId, "location_id");
        return change(variant, locationId, StockChange.receipt(quantity), reference, null, unitCost, "quantity");
    }

    /** Holds stock for an order; refused with 409 when fewer are available, whoever else is asking. */
    public InventoryLevel reserve(String sku, String locationId, int quantity, StockReference reference) {
        Variant variant = variant(sku, "sku");
        return reserve(variant.id(), variant.sku(), locationId, quantity, reference);
    }

    /**
     * As {@link #reserve(String, String, int, StockReference)} for a caller that already holds the
     * variant id (an order line), so the hot order path skips the catalogue lookup per line.
     */
    public InventoryLevel reserve(String variantId, String sku, String locationId, int quantity,
            StockReference reference) {
        return change(variantId, sku, locationId, StockChange.reservation(quantity), reference, null, null,
                "quantity");
    }

    public InventoryLevel release(String sku, String locationId, int quantity, StockReference reference) {
        Variant variant = variant(sku, "sku");
        return release(variant.id(), variant.sku(), locationId, quantity, reference);
    }

    public InventoryLevel release(String variantId, String sku, String locationId, int quantity,
            StockReference reference) {
        return change(variantId, sku, locationId, StockChange.release(quantity), reference, null, null, "quantity");
    }

    /** Turns a reservation into stock that has left: shipping. */
    public InventoryLevel commit(String sku, String locationId, int quantity, StockReference reference) {
        Variant variant = variant(sku, "sku");
        return commit(variant.id(), variant.sku(), locationId, quantity, reference);
    }

    public InventoryLevel commit(String variantId, String sku, String locationId, int quantity,
            StockReference reference) {
        return change(variantId, sku, locationId, StockChange.shipment(quantity), reference, null, null, "quantity");
    }

    public InventoryLevel restock(String sku, String locationId, int quantity, StockReference reference) {
        requireLocation(locationId, "location_id");
        Variant variant = variant(sku, "sku");
        return change(variant.id(), variant.sku(), locationId, StockChange.returned(quantity), reference, null, null,
                "quantity");
    }

    public InventoryLevel restock(String variantId, String sku, String locationId, int quantity,
            StockReference reference) {
        requireLocation(locationId, "location_id");
        return change(variantId, sku, locationId, StockChange.returned(quantity), reference, null, null, "quantity");
    }

    /**
     * Receives many rows in one transaction with JDBC batches (a 10k-row stock import must not
     * take 20k round trips); {@code progress} hears how many rows are done after each batch.
     */
    public void receiveAll(List<Receipt> receipts, StockReference reference, IntConsumer progress) {
        String actor = Caller.name(session);
        Timestamp now = Timestamp.from(Instant.now());
        em.flush();
        // The pool hands this transaction's own connection back, so the batches join the same commit.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement level = connection.prepareStatement(ADD_STOCK.replaceAll("\\?\\d", "?"));
             PreparedStatement movement = connection.prepareStatement(INSERT_MOVEMENT)) {
            int done = 0;
            for (Receipt r : receipts) {
                StockChange change = StockChange.receipt(r.quantity());
                level.setString(1, Ids.next(InventoryLevel.ID_PREFIX));
                level.setString(2, r.variantId());
                level.setString(3, r.sku());
                level.setString(4, r.locationId());
                level.setInt(5, change.stockedDelta());
                level.addBatch();
                movement.setString(1, Ids.next(StockMovement.ID_PREFIX));
                movement.setString(2, r.variantId());
                movement.setString(3, r.sku());
                movement.setString(4, r.locationId());
                movement.setString(5, change.kind().name());
                movement.setInt(6, change.stockedDelta());
                movement.setInt(7, change.reservedDelta());
                movement.setNull(8, Types.VARCHAR);
                movement.setString(9, reference.type().name());
                movement.setString(10, reference.id());
                if (r.unitCost() == null) {
                    movement.setNull(11, Types.BIGINT);
                    movement.setNull(12, Types.CHAR);
                } else {
                    movement.setLong(11, r.unitCost().amount());
                    movement.setString(12, r.unitCost().currencyCode());
                }
                movement.setString(13, actor);
                movement.setTimestamp(14, now);
                movement.addBatch();
                if (++done % BATCH == 0 || done == receipts.size()) {
                    level.executeBatch();
                    movement.executeBatch();
                    progress.accept(done);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Stock receipt batch failed: " + e.getSQLState(), e);
        }
        Set<AvailableStockChanged> changed = new LinkedHashSet<>();
        receipts.forEach(r -> changed.add(new AvailableStockChanged(r.variantId(), r.sku(), r.locationId())));
        changed.forEach(availableChanged::fire);
    }

    public InventoryLevel change(String levelId, @NotNull @Valid LevelChanges changes) {
        return setThreshold(levelId, changes.lowStockThreshold());
    }

    public InventoryLevel setThreshold(String levelId, int threshold) {
        if (threshold < 0) {
            throw PlatformException.invalid("low_stock_threshold", "must be 0 or more");
        }
        List<?> rows = em.createNativeQuery("update inventory_level l set low_stock_threshold = ?1, "
                        + "updated_at = now() where l.id = ?2" + RETURNING)
                .setParameter(1, threshold).setParameter(2, levelId).getResultList();
        if (rows.isEmpty()) {
            throw PlatformException.notFound("Inventory level", levelId);
        }
        return InventoryLevel.fromRow((Object[]) rows.get(0));
    }

    public InventoryLevel level(String id) {
        return Optional.ofNullable(em.find(InventoryLevel.class, id))
                .orElseThrow(() -> PlatformException.notFound("Inventory level", id));
    }

    public Optional<InventoryLevel> level(String variantId, String locationId) {
        return em.createQuery("select l from InventoryLevel l where l.variantId = :v and l.locationId = :l",
                        InventoryLevel.class)
                .setParameter("v", variantId).setParameter("l", locationId)
                .setHint("eclipselink.refresh", "true").getResultStream().findFirst();
    }

    /** Levels at or below their low-stock threshold, across every location (stock is physical). */
    public long countLowStock() {
        return em.createQuery("select count(l) from InventoryLevel l where l.stocked - l.reserved <= l.lowStockThreshold",
                Long.class).getSingleResult();
    }

    /** Levels by SKU then location; {@code lowStock} keeps those at or below their threshold. */
    public Page<InventoryLevel> levels(PageRequest page, String locationId, String sku, Boolean lowStock) {
        var where = new Where()
                .and("l.locationId = :location", "location", blank(locationId) ? null : locationId)
                .and("l.sku = :sku", "sku", blank(sku) ? null : Variant.normaliseSku(sku));
        if (lowStock != null) {
            where.and(lowStock ? "l.stocked - l.reserved <= l.lowStockThreshold"
                    : "l.stocked - l.reserved > l.lowStockThreshold");
        }
        return Pages.of(where.bind(em.createQuery("select l from InventoryLevel l" + where
                        + " order by l.sku, l.locationId", InventoryLevel.class)),
                where.bind(em.createQuery("select count(l) from InventoryLevel l" + where, Long.class)), page);
    }

    /** The ledger, newest first. */
    public Page<StockMovement> movements(PageRequest page, String sku, String locationId, String referenceId) {
        var where = new Where()
                .and("m.sku = :sku", "sku", blank(sku) ? null : Variant.normaliseSku(sku))
                .and("m.locationId = :location", "location", blank(locationId) ? null : locationId)
                .and("m.referenceId = :reference", "reference", blank(referenceId) ? null : referenceId);
        return Pages.of(where.bind(em.createQuery("select m from StockMovement m" + where
                        + " order by m.createdAt desc, m.id desc", StockMovement.class)),
                where.bind(em.createQuery("select count(m) from StockMovement m" + where, Long.class)), page);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private InventoryLevel change(Variant variant, String locationId, StockChange change, StockReference reference,
            String reason, Money unitCost, String field) {
        return change(variant.id(), variant.sku(), locationId, change, reference, reason, unitCost, field);
    }

    private InventoryLevel change(String variantId, String sku, String locationId, StockChange change,
            StockReference reference, String reason, Money unitCost, String field) {
        List<?> rows = change.onlyAdds()
                ? em.createNativeQuery(ADD_STOCK + RETURNING)
                        .setParameter(1, Ids.next(InventoryLevel.ID_PREFIX)).setParameter(2, variantId)
                        .setParameter(3, sku).setParameter(4, locationId)
                        .setParameter(5, change.stockedDelta()).getResultList()
                : em.createNativeQuery(GUARDED_CHANGE + RETURNING)
                        .setParameter(1, change.stockedDelta()).setParameter(2, change.reservedDelta())
                        .setParameter(3, variantId).setParameter(4, locationId).getResultList();
        if (rows.isEmpty()) {
            throw refused(variantId, sku, locationId, change, field);
        }
        em.persist(new StockMovement(variantId, sku, locationId, change, reason, reference, unitCost,
                Caller.name(session)));
        if (change.availableDelta() != 0) {
            availableChanged.fire(new AvailableStockChanged(variantId, sku, locationId));
        }
        return InventoryLevel.fromRow((Object[]) rows.get(0));
    }

    /** Explains a refused change from a fresh read; the refusal itself came from the guard. */
    private PlatformException refused(String variantId, String sku, String locationId, StockChange change, String field) {
        Optional<InventoryLevel> level = level(variantId, locationId);
        int available = level.map(InventoryLevel::available).orElse(0);
        int reserved = level.map(InventoryLevel::reserved).orElse(0);
        boolean releasing = change.reservedDelta() < 0;
        int wanted = Math.abs(releasing ? change.reservedDelta() : change.availableDelta());
        String message = releasing
                ? "Only " + reserved + " of SKU " + sku + " reserved at " + locationId + "; " + wanted + " requested"
                : "Only " + available + " of SKU " + sku + " available at " + locationId + "; " + wanted + " requested";
        return new PlatformException(ErrorType.CONFLICT, message,
                List.of(new FieldError(field, releasing ? "exceeds the reserved stock (" + reserved + ")"
                        : "exceeds the available stock (" + available + ")")));
    }

    private Variant variant(String sku, String field) {
        return catalog.findBySku(sku)
                .orElseThrow(() -> PlatformException.invalid(field, "no variant has SKU " + sku));
    }

    private void requireLocation(String locationId, String field) {
        if (locations.find(locationId).isEmpty()) {
            throw PlatformException.invalid(field, "no stock location has id " + locationId);
        }
    }

}
