package com.exzentcg.platform.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.catalog.Catalog;
import com.exzentcg.platform.catalog.Money;
import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.catalog.MoneyInput;
import com.exzentcg.platform.catalog.NewProduct;
import com.exzentcg.platform.catalog.NewVariant;
import com.exzentcg.platform.inventory.Inventory;
import com.exzentcg.platform.inventory.InventoryLevel;
import com.exzentcg.platform.inventory.NewAdjustment;
import com.exzentcg.platform.inventory.NewTransfer;
import com.exzentcg.platform.inventory.Receipt;
import com.exzentcg.platform.inventory.StockReference;
import com.exzentcg.platform.location.NewStockLocation;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.migration.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inventory boundary inside WildFly on PostgreSQL: guarded stock arithmetic under real
 * concurrency, and a ledger whose sums always equal the levels.
 */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(InventoryIT.class);
    }

    @EJB
    Inventory inventory;

    @EJB
    Catalog catalog;

    @EJB
    StockLocations locations;

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    private String sku;
    private String warehouse;
    private String store;

    @BeforeEach
    void seed() {
        sku = "INV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        catalog.create(new NewProduct("Umbreon VMAX", null, null, null, List.of(new NewVariant(sku, null, null,
                new MoneyInput(30000L, "SGD"), "pokemon", "swsh7", "Evolving Skies", "215/203", "Secret Rare",
                "NM", "EN", "foil", null))));
        warehouse = location();
        store = location();
    }

    private String location() {
        return locations.create(new NewStockLocation("IT-" + UUID.randomUUID().toString().substring(0, 8),
                "Inventory test", "warehouse", null, null, null, null, null)).id();
    }

    private static StockReference order() {
        return StockReference.order("ord_" + UUID.randomUUID());
    }

    @Test
    void fiftyParallelReservationsForTenUnitsLetExactlyTenThrough() throws Exception {
        inventory.receive(sku, warehouse, 10, null, StockReference.importJob("imp_test"));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attempts.add(() -> {
                start.await();
                try {
                    inventory.reserve(sku, warehouse, 1, order());
                    return true;
                } catch (PlatformException e) {
                    assertEquals(ErrorType.CONFLICT, e.type());
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        long succeeded = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> attempt : attempts) {
                results.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, succeeded);
        InventoryLevel level = level(warehouse);
        assertEquals(10, level.stocked());
        assertEquals(10, level.reserved());
        assertEquals(0, level.available());
        assertLedgerMatches(warehouse);
        assertEquals(10, count("select count(*) from stock_movement where sku = ? and kind = 'RESERVATION'"));
    }

    @Test
    void racingMixedChangesKeepTheInvariantsAndTheLedgerInStep() throws Exception {
        inventory.receive(sku, warehouse, 20, null, StockReference.importJob("imp_test"));
        inventory.receive(sku, store, 20, null, StockReference.importJob("imp_test"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                work.add(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String here = random.nextBoolean() ? warehouse : store;
                    String there = here.equals(warehouse) ? store : warehouse;
                    int quantity = 1 + random.nextInt(3);
                    try {
                        switch (random.nextInt(5)) {
                            case 0 -> inventory.reserve(sku, here, quantity, order());
                            case 1 -> inventory.release(sku, here, quantity, order());
                            case 2 -> inventory.commit(sku, here, quantity, order());
                            case 3 -> inventory.adjust(new NewAdjustment(sku, here,
                                    random.nextBoolean() ? quantity : -quantity, "cycle count"));
                            default -> inventory.transfer(new NewTransfer(sku, here, there, quantity, null));
                        }
                    } catch (PlatformException refused) {
                        // Refusals are expected: the point is that nothing slips past the guard.
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String location : List.of(warehouse, store)) {
            InventoryLevel level = level(location);
            assertTrue(level.reserved() >= 0 && level.reserved() <= level.stocked(), level.stocked() + "/" + level.reserved());
            assertLedgerMatches(location);
        }
    }

    @Test
    void adjustmentCannotTakeStockBelowWhatIsReserved() {
        inventory.adjust(new NewAdjustment(sku, warehouse, 5, "found in binder"));
        inventory.reserve(sku, warehouse, 3, order());
        PlatformException refused = assertThrows(PlatformException.class,
                () -> inventory.adjust(new NewAdjustment(sku, warehouse, -3, "water damage")));
        assertEquals(ErrorType.CONFLICT, refused.type());
        assertEquals("delta", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("Only 2"), refused.getMessage());
        InventoryLevel level = inventory.adjust(new NewAdjustment(sku, warehouse, -2, "water damage"));
        assertEquals(3, level.stocked());
        assertEquals(0, level.available());
        assertLedgerMatches(warehouse);
    }

    @Test
    void releaseAndShipmentCannotExceedTheReservation() {
        inventory.adjust(new NewAdjustment(sku, warehouse, 4, "count"));
        StockReference ref = order();
        inventory.reserve(sku, warehouse, 2, ref);
        assertEquals(ErrorType.CONFLICT, assertThrows(PlatformException.class,
                () -> inventory.release(sku, warehouse, 3, ref)).type());
        assertEquals(ErrorType.CONFLICT, assertThrows(PlatformException.class,
                () -> inventory.commit(sku, warehouse, 3, ref)).type());
        InventoryLevel shipped = inventory.commit(sku, warehouse, 2, ref);
        assertEquals(2, shipped.stocked());
        assertEquals(0, shipped.reserved());
        InventoryLevel back = inventory.restock(sku, warehouse, 1, ref);
        assertEquals(3, back.stocked());
        assertLedgerMatches(warehouse);
    }

    @Test
    void transferMovesAvailableStockAndRefusesMoreThanThat() {
        inventory.adjust(new NewAdjustment(sku, warehouse, 5, "count"));
        inventory.reserve(sku, warehouse, 2, order());
        var result = inventory.transfer(new NewTransfer(sku, warehouse, store, 3, "restock the store"));
        assertEquals(2, result.from().stocked());
        assertEquals(3, result.to().stocked());
        assertTrue(result.transferId().startsWith("trf_"));
        assertEquals(ErrorType.CONFLICT, assertThrows(PlatformException.class,
                () -> inventory.transfer(new NewTransfer(sku, store, warehouse, 4, null))).type());
        assertEquals(3, level(store).stocked());
        assertEquals(2, count("select count(*) from stock_movement where sku = ? and reference_type = 'TRANSFER'"));
        assertLedgerMatches(warehouse);
        assertLedgerMatches(store);
    }

    @Test
    void unknownSkuOrLocationIsInvalidData() {
        PlatformException sku = assertThrows(PlatformException.class,
                () -> inventory.adjust(new NewAdjustment("NO-SUCH-SKU", warehouse, 1, "x")));
        assertEquals(ErrorType.INVALID_DATA, sku.type());
        assertEquals("sku", sku.errors().get(0).field());
        PlatformException location = assertThrows(PlatformException.class,
                () -> inventory.adjust(new NewAdjustment(this.sku, "sloc_nope", 1, "x")));
        assertEquals("location_id", location.errors().get(0).field());
    }

    @Test
    void bulkReceiptsJoinTheCallersTransaction() throws Exception {
        var variant = catalog.findBySku(sku).orElseThrow();
        List<Receipt> receipts = List.of(new Receipt(variant.id(), sku, warehouse, 4, null),
                new Receipt(variant.id(), sku, store, 2, Money.of(150, "SGD")));
        transaction.begin();
        try {
            inventory.receiveAll(receipts, StockReference.importJob("imp_rolled_back"), done -> { });
        } finally {
            transaction.rollback();
        }
        assertEquals(0, count("select count(*) from stock_movement where sku = ?"));
        assertEquals(0, count("select count(*) from inventory_level where sku = ?"));

        inventory.receiveAll(receipts, StockReference.importJob("imp_committed"), done -> { });
        assertEquals(4, level(warehouse).stocked());
        assertEquals(2, level(store).stocked());
        assertLedgerMatches(warehouse);
        assertLedgerMatches(store);
    }

    @Test
    void ledgerRowsCannotBeEditedOrDeleted() throws SQLException {
        inventory.adjust(new NewAdjustment(sku, warehouse, 1, "count"));
        try (Connection c = dataSource.getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> c.createStatement()
                    .executeUpdate("update stock_movement set stocked_delta = 100 where sku = '" + sku + "'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        }
    }

    private InventoryLevel level(String location) {
        return inventory.levels(new com.exzentcg.platform.platform.paging.PageRequest(10, 0), location, sku, null)
                .items().get(0);
    }

    private void assertLedgerMatches(String location) {
        InventoryLevel level = level(location);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select coalesce(sum(stocked_delta), 0), "
                     + "coalesce(sum(reserved_delta), 0) from stock_movement where sku = ? and location_id = ?")) {
            s.setString(1, sku);
            s.setString(2, location);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(level.stocked(), rs.getInt(1), "ledger sum of stocked deltas");
                assertEquals(level.reserved(), rs.getInt(2), "ledger sum of reserved deltas");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sku);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
