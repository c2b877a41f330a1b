package com.exzentcg.platform.staff;

import com.exzentcg.platform.platform.error.ErrorType;
import com.exzentcg.platform.platform.error.FieldError;
import com.exzentcg.platform.platform.error.PlatformException;
import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import com.exzentcg.platform.platform.persistence.Constraints;
import com.exzentcg.platform.platform.persistence.Like;
import com.exzentcg.platform.platform.persistence.Pages;
import com.exzentcg.platform.platform.persistence.Where;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The staff boundary: add colleagues, change their role, deactivate them. The acting caller is
 * passed in because only an owner may create, change or remove an owner, and the platform must
 * always keep at least one active owner.
 */
@Stateless
public class Staff {

    @PersistenceContext
    EntityManager em;

    @EJB
    Sessions sessions;

    private final PasswordHasher hasher = new PasswordHasher();

    public StaffUser create(@NotNull Caller actor, @NotNull @Valid NewStaffUser request) {
        StaffRole role = StaffRole.fromWire(request.role());
        requireMayManage(actor, role);
        String email = StaffUser.normaliseEmail(request.email());
        if (findByEmail(em, email).isPresent()) {
            throw duplicateEmail(email);
        }
        StaffUser user = new StaffUser(email, request.name(), role, hasher.hash(request.password().toCharArray()));
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw duplicateEmail(email);
            }
            throw e;
        }
        return user;
    }

    public StaffUser get(String id) {
        return Optional.ofNullable(em.find(StaffUser.class, id))
                .orElseThrow(() -> PlatformException.notFound("Staff user", id));
    }

    /** Pages through staff by email; each filter applies when not null. */
    public Page<StaffUser> list(PageRequest page, String role, Boolean active, String q) {
        var where = new Where()
                .and("u.role = :role", "role", role == null ? null : parseRole("role", role))
                .and("u.active = :active", "active", active)
                .and("(lower(u.email) like :q escape '\\' or lower(u.name) like :q escape '\\')", "q",
                        q == null || q.isBlank() ? null : Like.contains(q));
        return Pages.of(where.bind(em.createQuery("select u from StaffUser u" + where + " order by u.email",
                StaffUser.class)), where.bind(em.createQuery("select count(u) from StaffUser u" + where, Long.class)),
                page);
    }

    public StaffUser update(@NotNull Caller actor, String id, @NotNull @Valid StaffChanges changes) {
        if (changes.isEmpty()) {
            throw PlatformException.invalid("body", "must change at least one field");
        }
        StaffUser user = get(id);
        requireMayManage(actor, user.role());
        StaffRole newRole = changes.role() == null ? user.role() : StaffRole.fromWire(changes.role());
        requireMayManage(actor, newRole);
        boolean deactivating = Boolean.FALSE.equals(changes.active()) && user.active();
        boolean leavingOwners = user.role() == StaffRole.OWNER && user.active()
                && (newRole != StaffRole.OWNER || deactivating);
        if (leavingOwners) {
            requireAnotherActiveOwner(user.id());
        }
        if (changes.name() != null) {
            user.rename(changes.name());
        }
        if (newRole != user.role()) {
            user.changeRole(newRole);
        }
        if (deactivating) {
            user.deactivate();
            sessions.revokeAll(user.id());
        } else if (Boolean.TRUE.equals(changes.active()) && !user.active()) {
            user.reactivate();
        }
        return user;
    }

    /** Deactivation, not deletion: the audit log and history keep naming the person. */
    public StaffUser deactivate(@NotNull Caller actor, String id) {
        StaffUser user = get(id);
        if (!user.active()) {
            requireMayManage(actor, user.role());
            return user;
        }
        return update(actor, id, new StaffChanges(null, null, false));
    }

    /** Admins run the team; only owners may touch owners or create new ones. */
    private static void requireMayManage(Caller actor, StaffRole role) {
        if (role == StaffRole.OWNER && actor.role() != StaffRole.OWNER) {
            throw PlatformException.forbidden("Only an owner can create, change or deactivate an owner");
        }
        if (!actor.role().includes(StaffRole.ADMIN)) {
            throw PlatformException.forbidden("Only owners and admins manage staff");
        }
    }

    /**
     * Locks every active owner row first, so two owners demoting each other at the same moment
     * cannot both succeed and leave the platform without one.
     */
    private void requireAnotherActiveOwner(String leavingId) {
        List<StaffUser> owners = em.createQuery(
                        "select u from StaffUser u where u.role = :owner and u.active = true", StaffUser.class)
                .setParameter("owner", StaffRole.OWNER)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (owners.stream().noneMatch(o -> !o.id().equals(leavingId))) {
            throw PlatformException.conflict("The last active owner cannot be demoted or deactivated; make someone else owner first");
        }
    }

    /** The one email lookup, static so Sessions (which Staff itself calls) can share it without an EJB cycle. */
    static Optional<StaffUser> findByEmail(EntityManager em, String email) {
        return em.createQuery("select u from StaffUser u where lower(u.email) = :email", StaffUser.class)
                .setParameter("email", StaffUser.normaliseEmail(email))
                .getResultList().stream().findFirst();
    }

    private static StaffRole parseRole(String field, String value) {
        try {
            return StaffRole.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid(field, "must be one of " + StaffRole.choices());
        }
    }

    private static PlatformException duplicateEmail(String email) {
        return new PlatformException(ErrorType.CONFLICT, "A staff user with email " + email + " already exists",
                List.of(new FieldError("email", "already in use")));
    }
}
