package com.exzentcg.platform.connector.shopee.profile;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.connector.shopee.credential.Secrets;
import com.exzentcg.platform.connector.shopee.exception.ConnectorExceptions;
import com.exzentcg.platform.connector.shopee.webhook.PushStats;
import com.exzentcg.platform.connector.shopee.webhook.ShopeeEvents;
import com.exzentcg.platform.location.StockLocations;
import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Pages;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Connector profiles: credentials in (sealed), activation per environment, the active environment. */
@Stateless
public class ShopeeProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    ConnectorSettings settings;

    @EJB
    StockLocations locations;

    @EJB
    ConnectorExceptions exceptions;

    @EJB
    ShopeeEvents events;

    public ShopeeProfile create(@NotNull @Valid NewShopeeProfile request) {
        var profile = new ShopeeProfile(request.name(), ShopeeEnvironment.require("environment", request.environment()),
                request.region() == null ? "SG" : request.region());
        em.persist(profile);
        var box = secrets.box();
        if (request.partnerId() != null) {
            profile.changePartner(request.partnerId());
        }
        if (request.partnerKey() != null) {
            profile.changePartnerKey(request.partnerKey(), box);
        }
        if (request.pushPartnerKey() != null) {
            profile.changePushPartnerKey(request.pushPartnerKey(), box);
        }
        if (request.shopId() != null) {
            profile.changeShop(request.shopId());
        }
        profile.changeApiBaseUrl(request.apiBaseUrl());
        if (request.defaultLocationId() != null) {
            profile.changeDefaultLocation(requireKnownLocation(profile, request.defaultLocationId()));
        }
        return profile;
    }

    public ShopeeProfile get(String id) {
        return find(id).orElseThrow(() -> PlatformException.notFound("Shopee profile", id));
    }

    public Optional<ShopeeProfile> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ShopeeProfile.class, id));
    }

    /** Pages through profiles; {@code environment} and {@code active} each filter when not null. */
    public Page<ShopeeProfile> list(PageRequest page, ShopeeEnvironment environment, Boolean active) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (environment != null) {
            where.append(" and p.environment = :env");
        }
        if (active != null) {
            where.append(" and p.active = :active");
        }
        var rows = em.createQuery("select p from ShopeeProfile p" + where + " order by p.environment, p.name, p.id",
                ShopeeProfile.class);
        var count = em.createQuery("select count(p) from ShopeeProfile p" + where, Long.class);
        if (environment != null) {
            rows.setParameter("env", environment.wireName());
            count.setParameter("env", environment.wireName());
        }
        if (active != null) {
            rows.setParameter("active", active);
            count.setParameter("active", active);
        }
        return Pages.of(rows, count, page);
    }

    /** The active profile of an environment, if one is active. */
    public Optional<ShopeeProfile> active(ShopeeEnvironment environment) {
        return em.createQuery("select p from ShopeeProfile p where p.environment = :env and p.active = true", ShopeeProfile.class)
                .setParameter("env", environment.wireName()).getResultStream().findFirst();
    }

    /**
     * The active profile of the active environment, if there is one: what the connector's workers
     * act for. One query, joining the setting row, rather than reading the environment first.
     */
    public Optional<ShopeeProfile> activeProfile() {
        return em.createQuery("select p from ShopeeProfile p, ConnectorSetting s where s.id = :setting"
                        + " and p.environment = s.activeEnvironment and p.active = true", ShopeeProfile.class)
                .setParameter("setting", ConnectorSetting.SINGLETON_ID).getResultStream().findFirst();
    }

    public ShopeeProfile update(String id, @NotNull @Valid ShopeeProfileChanges changes) {
        if (changes.isEmpty()) {
            throw PlatformException.invalid("body", "must change at least one field");
        }
        ShopeeProfile profile = get(id);
        var box = secrets.box();
        if (changes.name() != null) {
            profile.rename(changes.name());
        }
        if (changes.region() != null) {
            profile.changeRegion(changes.region());
        }
        if (changes.partnerId() != null) {
            profile.changePartner(changes.partnerId());
        }
        if (changes.partnerKey() != null) {
            profile.changePartnerKey(changes.partnerKey(), box);
        }
        if (changes.pushPartnerKey() != null) {
            profile.changePushPartnerKey(changes.pushPartnerKey(), box);
        }
        if (changes.shopId() != null) {
            profile.changeShop(changes.shopId());
        }
        if (changes.apiBaseUrl() != null) {
            profile.changeApiBaseUrl(changes.apiBaseUrl());
        }
        if (changes.defaultLocationId() != null) {
            profile.changeDefaultLocation(changes.defaultLocationId().isBlank() ? null
                    : requireKnownLocation(profile, changes.defaultLocationId()));
        }
        return profile;
    }

    public void delete(String id) {
        ShopeeProfile profile = get(id);
        if (profile.active()) {
            throw PlatformException.conflict("Profile " + id + " is the active " + profile.environment().wireName()
                    + " profile; activate another profile before deleting it");
        }
        em.remove(profile);
    }

    /** Makes the profile its environment's active one; a no-op when it already is. */
    public ShopeeProfile activate(String id) {
        ShopeeProfile profile = get(id);
        if (!profile.missingCredentials().isEmpty()) {
            throw missing(profile.missingCredentials());
        }
        if (profile.active()) {
            return profile;
        }
        active(profile.environment()).ifPresent(current -> {
            current.deactivate();
            em.flush();
        });
        profile.activate();
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw PlatformException.conflict("Another profile was activated for "
                        + profile.environment().wireName() + " at the same time; reload and try again");
            }
            throw e;
        }
        return profile;
    }

    /**
     * Leaves the profile's environment without an active profile. Refused for the environment
     * the platform works in: it would be left with no shop to talk to.
     */
    public ShopeeProfile deactivate(String id) {
        ShopeeProfile profile = get(id);
        if (profile.active() && setting(true).activeEnvironment() == profile.environment()) {
            throw PlatformException.conflict("Profile " + id + " serves the active environment ("
                    + profile.environment().wireName() + "); activate another profile or switch the environment first");
        }
        profile.deactivate();
        return profile;
    }

    public ShopeeEnvironment activeEnvironment() {
        return setting(false).activeEnvironment();
    }

    /**
     * Switches the platform to another environment, which needs an active profile with complete
     * credentials there. Returns false when it was already active (nothing changes).
     */
    public boolean switchEnvironment(ShopeeEnvironment target) {
        ConnectorSetting setting = setting(true);
        if (setting.activeEnvironment() == target) {
            return false;
        }
        ShopeeProfile profile = active(target).orElseThrow(() -> new PlatformException(ErrorType.CONFLICT,
                "Missing: active " + target.wireName() + " profile",
                List.of(new FieldError("environment", "has no active profile"))));
        if (!profile.missingCredentials().isEmpty()) {
            throw missing(profile.missingCredentials());
        }
        setting.switchTo(target);
        return true;
    }

    public ProfileDiagnostics diagnostics(String id) {
        ShopeeProfile p = get(id);
        OffsetDateTime now = Timestamps.now();
        PushStats pushes = events.pushStats(p.id(), now.minusHours(24));
        return new ProfileDiagnostics(p.id(), p.environment().wireName(), p.active(),
                p.tokenState(now, settings.refreshMargin()),
                p.accessExpiresAt(), p.refreshExpiresAt(), p.authorizedAt(), p.authorizationExpiresAt(),
                p.lastRefreshAt(), p.lastRefreshOutcome(), p.refreshCount(), p.lastError(), p.lastErrorAt(),
                exceptions.countOpen(p.id()), pushes.lastReceivedAt(), pushes.received(), pushes.signatureFailures(),
                pushes.successRate());
    }

    public TokenState tokenState(ShopeeProfile profile) {
        return profile.tokenState(Timestamps.now(), settings.refreshMargin());
    }

    private ConnectorSetting setting(boolean forUpdate) {
        return forUpdate ? em.find(ConnectorSetting.class, ConnectorSetting.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ConnectorSetting.class, ConnectorSetting.SINGLETON_ID);
    }

    /** A default location is a platform stock location or one of the profile's Shopee warehouses. */
    private String requireKnownLocation(ShopeeProfile profile, String locationId) {
        String id = locationId.trim();
        boolean known = locations.find(id).isPresent()
                || !em.createNativeQuery("SELECT 1 FROM shopee_warehouse WHERE profile_id = ?1 AND location_id = ?2")
                        .setParameter(1, profile.id()).setParameter(2, id).getResultList().isEmpty();
        if (!known) {
            throw PlatformException.invalid("default_location_id",
                    "must be a stock location id or a location id from this profile's Shopee warehouses");
        }
        return id;
    }

    /** The contract's 409 naming every missing credential: {@code Missing: shop_id, partner_key}. */
    public static PlatformException missing(List<String> fields) {
        return new PlatformException(ErrorType.CONFLICT, "Missing: " + String.join(", ", fields),
                fields.stream().map(f -> new FieldError(f, "is required")).toList());
    }
}
