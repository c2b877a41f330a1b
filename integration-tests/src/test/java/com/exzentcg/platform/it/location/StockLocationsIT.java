package com.exzentcg.platform.it.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.location.NewStockLocation;
import com.exzentcg.platform.location.StockLocation;
import com.exzentcg.platform.location.StockLocationChanges;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stock-location boundary inside WildFly, on PostgreSQL through EclipseLink. */
@ExtendWith(ArquillianExtension.class)
class StockLocationsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(StockLocationsIT.class);
    }

    @EJB
    StockLocations locations;

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static NewStockLocation warehouse(String code) {
        return new NewStockLocation(code, "Test warehouse", "warehouse", "1 Card St", null, "Singapore", "018956", "sg");
    }

    @Test
    void createdLocationIsReadBackFromTheDatabase() {
        String code = uniqueCode();
        StockLocation created = locations.create(warehouse(code.toLowerCase()));
        StockLocation found = locations.get(created.id());
        assertEquals(code, found.code());
        assertEquals("Singapore", found.address().city());
        assertEquals("SG", found.address().countryCode());
        assertTrue(found.active());
    }

    @Test
    void duplicateCodeIsAConflictNamingTheField() {
        String code = uniqueCode();
        locations.create(warehouse(code));
        PlatformException e = assertThrows(PlatformException.class, () -> locations.create(warehouse(code)));
        assertEquals(ErrorType.CONFLICT, e.type());
        assertEquals("code", e.errors().get(0).field());
    }

    @Test
    void concurrentCreatesOfOneCodeLeaveExactlyOneLocation() throws Exception {
        String code = uniqueCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    try {
                        locations.create(warehouse(code));
                        return true;
                    } catch (PlatformException e) {
                        return false;
                    }
                });
            }
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, locations.list(new PageRequest(500, 0), null).items().stream()
                .filter(l -> l.code().equals(code)).count());
    }

    @Test
    void invalidRequestIsRejectedBeforeAnythingIsWritten() {
        var bad = new NewStockLocation("", "Name", "garage", null, null, null, null, "SGP");
        EJBException e = assertThrows(EJBException.class, () -> locations.create(bad));
        assertTrue(e.getCause() instanceof ConstraintViolationException, String.valueOf(e.getCause()));
        var fields = ((ConstraintViolationException) e.getCause()).getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString()).toList();
        assertTrue(fields.stream().anyMatch(f -> f.endsWith("code")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.endsWith("type")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.endsWith("countryCode")), fields.toString());
    }

    @Test
    void unknownIdIsNotFound() {
        PlatformException e = assertThrows(PlatformException.class, () -> locations.get("sloc_missing"));
        assertEquals(ErrorType.NOT_FOUND, e.type());
    }

    @Test
    void updateChangesOnlyWhatWasSent() {
        StockLocation created = locations.create(warehouse(uniqueCode()));
        locations.update(created.id(),
                new StockLocationChanges(null, "Renamed", "store", false, null, null, null, null, null));
        StockLocation after = locations.get(created.id());
        assertEquals("Renamed", after.name());
        assertEquals("STORE", after.type().name());
        assertFalse(after.active());
        assertEquals("1 Card St", after.address().line1());
        assertTrue(after.updatedAt().isAfter(after.createdAt()) || after.updatedAt().isEqual(after.createdAt()));
    }

    @Test
    void emptyUpdateIsRefused() {
        StockLocation created = locations.create(warehouse(uniqueCode()));
        PlatformException e = assertThrows(PlatformException.class, () -> locations.update(created.id(),
                new StockLocationChanges(null, null, null, null, null, null, null, null, null)));
        assertEquals(ErrorType.INVALID_DATA, e.type());
    }

    @Test
    void listFiltersByActiveAndCountsAllMatches() {
        StockLocation inactive = locations.create(warehouse(uniqueCode()));
        locations.update(inactive.id(), new StockLocationChanges(null, null, null, false, null, null, null, null, null));
        var activeOnly = locations.list(new PageRequest(500, 0), true);
        assertTrue(activeOnly.items().stream().noneMatch(l -> l.id().equals(inactive.id())));
        assertTrue(activeOnly.items().stream().allMatch(StockLocation::active));
        var page = locations.list(new PageRequest(1, 0), null);
        assertEquals(1, page.items().size());
        assertTrue(page.count() >= 2);
    }
}
