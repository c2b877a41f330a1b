package com.exzentcg.platform.location;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The stock-location boundary: create, find, list and change the places stock is held. */
@Stateless
public class StockLocations {

    @PersistenceContext
    EntityManager em;

    public StockLocation create(@NotNull @Valid NewStockLocation request) {
        String code = StockLocation.normaliseCode(request.code());
        requireCodeFree(code, null);
        var location = new StockLocation(code, request.name(), LocationType.fromWire(request.type()),
                new Address(request.addressLine1(), request.addressLine2(), request.city(),
                        request.postalCode(), request.countryCode()));
        em.persist(location);
        flushGuardingCode(code);
        return location;
    }

    public StockLocation get(String id) {
        return find(id).orElseThrow(() -> PlatformException.notFound("Stock location", id));
    }

    public Optional<StockLocation> find(String id) {
        return Optional.ofNullable(em.find(StockLocation.class, id));
    }

    /** Where stock goes when nobody says otherwise (e.g. a manual order without a location): the oldest active location. */
    public Optional<StockLocation> defaultLocation() {
        return em.createQuery("select l from StockLocation l where l.active = true order by l.createdAt, l.id",
                StockLocation.class).setMaxResults(1).getResultStream().findFirst();
    }

    /** Pages through locations by code; {@code active} filters when not null. */
    public Page<StockLocation> list(PageRequest page, Boolean active) {
        var where = new Where().and("l.active = :active", "active", active);
        return Pages.of(where.bind(em.createQuery("select l from StockLocation l" + where + " order by l.code",
                StockLocation.class)), where.bind(em.createQuery("select count(l) from StockLocation l" + where,
                Long.class)), page);
    }

    public StockLocation update(String id, @NotNull @Valid StockLocationChanges changes) {
        if (changes.isEmpty()) {
            throw PlatformException.invalid("body", "must change at least one field");
        }
        StockLocation location = get(id);
        if (changes.code() != null) {
            requireCodeFree(StockLocation.normaliseCode(changes.code()), id);
        }
        location.apply(changes);
        flushGuardingCode(location.code());
        return location;
    }

    private void requireCodeFree(String code, String exceptId) {
        var clash = em.createQuery("select l.id from StockLocation l where l.code = :code", String.class)
                .setParameter("code", code).getResultList();
        if (clash.stream().anyMatch(existing -> !existing.equals(exceptId))) {
            throw duplicateCode(code);
        }
    }

    /** Two operators creating the same code at once: the unique index decides, the loser gets 409. */
    private void flushGuardingCode(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw duplicateCode(code);
            }
            throw e;
        }
    }

    private static PlatformException duplicateCode(String code) {
        return new PlatformException(ErrorType.CONFLICT,
                "A stock location with code " + code + " already exists",
                List.of(new FieldError("code", "already in use")));
    }
}
