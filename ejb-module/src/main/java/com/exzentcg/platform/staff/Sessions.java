package com.exzentcg.platform.staff;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.error.PlatformException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The authentication boundary: login, token resolution on every admin call, logout and
 * password change. Sessions live in PostgreSQL so every node and every restart honours them.
 */
@Stateless
public class Sessions {

    /** One answer for every way a login can fail, so it reveals nothing about the account. */
    public static final String LOGIN_FAILED = "Invalid email or password";
    /** Sliding expiry writes at most this often per session, not once per request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthSettings settings;

    @EJB
    LoginThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    public SignedIn login(@NotNull @Valid Credentials credentials) {
        char[] password = credentials.password().toCharArray();
        Optional<StaffUser> found = Staff.findByEmail(em, credentials.email());
        if (found.isEmpty()) {
            hasher.verifyAgainstDummy(password);
            throw PlatformException.unauthorized(LOGIN_FAILED);
        }
        StaffUser user = found.get();
        boolean locked = user.isLockedAt(now());
        if (!hasher.verify(password, user.passwordHash())) {
            if (!locked) {
                throttle.failed(user.id());
            }
            throw PlatformException.unauthorized(LOGIN_FAILED);
        }
        if (locked || !user.active()) {
            throw PlatformException.unauthorized(LOGIN_FAILED);
        }
        if (hasher.needsRehash(user.passwordHash())) {
            user.rehash(hasher.hash(password));
        }
        em.createNativeQuery("UPDATE staff_user SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = ?1")
                .setParameter(1, user.id()).executeUpdate();
        return open(user);
    }

    /** The caller behind a token, or empty when it is unknown, expired, revoked or its user inactive. */
    public Optional<Caller> authenticate(String token) {
        if (!SessionTokens.plausible(token)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(
                        "select s, u from StaffSession s, StaffUser u where s.tokenHash = :hash and u.id = s.userId",
                        Object[].class)
                .setParameter("hash", SessionTokens.hash(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = (StaffSession) rows.get(0)[0];
        StaffUser user = (StaffUser) rows.get(0)[1];
        OffsetDateTime now = now();
        if (!session.isValidAt(now) || !user.active()) {
            return Optional.empty();
        }
        if (session.lastSeenAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            // Guarded so concurrent requests on one session write once and never fight.
            em.createNativeQuery("UPDATE staff_session SET last_seen_at = now(), "
                            + "expires_at = now() + make_interval(secs => ?1) "
                            + "WHERE id = ?2 AND revoked_at IS NULL AND last_seen_at < now() - make_interval(secs => ?3)")
                    .setParameter(1, (double) settings.sessionLifetime().toSeconds())
                    .setParameter(2, session.id())
                    .setParameter(3, (double) TOUCH_INTERVAL.toSeconds())
                    .executeUpdate();
        }
        return Optional.of(new Caller(user.id(), user.email(), user.role(), user.mustChangePassword(), session.id()));
    }

    public void logout(String sessionId) {
        em.createNativeQuery("UPDATE staff_session SET revoked_at = now() WHERE id = ?1 AND revoked_at IS NULL")
                .setParameter(1, sessionId).executeUpdate();
    }

    /**
     * Replaces the caller's password, ends every session of theirs (a thief's included) and
     * opens a fresh one so the caller carries on.
     */
    public SignedIn changePassword(@NotNull Caller caller, @NotNull @Valid PasswordChange change) {
        StaffUser user = em.find(StaffUser.class, caller.userId());
        if (user == null || !user.active()) {
            throw PlatformException.unauthorized("Authentication required");
        }
        if (!hasher.verify(change.currentPassword().toCharArray(), user.passwordHash())) {
            throttle.failed(user.id());
            throw PlatformException.invalid("current_password", "is not correct");
        }
        String weakness = PasswordHasher.weakness(change.newPassword());
        if (weakness != null) {
            throw PlatformException.invalid("new_password", weakness);
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw PlatformException.invalid("new_password", "must differ from the current password");
        }
        user.replacePassword(hasher.hash(change.newPassword().toCharArray()), false);
        revokeAll(user.id());
        return open(user);
    }

    /** Ends every live session of a user: deactivation, password change, forced reset. */
    public int revokeAll(String userId) {
        return em.createNativeQuery("UPDATE staff_session SET revoked_at = now() WHERE user_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, userId).executeUpdate();
    }

    public StaffUser user(String userId) {
        return Optional.ofNullable(em.find(StaffUser.class, userId))
                .orElseThrow(() -> PlatformException.notFound("Staff user", userId));
    }

    private SignedIn open(StaffUser user) {
        String token = SessionTokens.newToken();
        StaffSession session = new StaffSession(user.id(), SessionTokens.hash(token), now(), settings.sessionLifetime());
        em.persist(session);
        return new SignedIn(token, session.expiresAt(), user);
    }

    private static OffsetDateTime now() {
        return Timestamps.now();
    }
}
