package com.exzentcg.platform.staff;

import com.exzentcg.platform.platform.persistence.Timestamps;
import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who may use the admin API. The password hash never leaves this class except to the
 * hasher; lockout counters are changed by guarded SQL in {@link LoginThrottle}, not here, so
 * concurrent failures all count.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    public static final String ID_PREFIX = "user";

    @Id
    private String id;

    @Column(nullable = false)
    private String email;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false, insertable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at", insertable = false, updatable = false)
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    /** A new user always starts by choosing their own password: whoever created it knows this one. */
    public StaffUser(String email, String name, StaffRole role, String passwordHash) {
        this.id = Ids.next(ID_PREFIX);
        this.email = normaliseEmail(email);
        this.name = name == null || name.isBlank() ? null : name.trim();
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.active = true;
        this.mustChangePassword = true;
        this.createdAt = Timestamps.now();
        this.updatedAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void changeRole(StaffRole newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
        touch();
    }

    void rename(String newName) {
        this.name = newName == null || newName.isBlank() ? null : newName.trim();
        touch();
    }

    void deactivate() {
        this.active = false;
        touch();
    }

    void reactivate() {
        this.active = true;
        touch();
    }

    void replacePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = Timestamps.now();
        touch();
    }

    /** Silently upgrades an old hash after a successful login; the password itself is unchanged. */
    void rehash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String passwordHash() {
        return passwordHash;
    }

    private void touch() {
        this.updatedAt = Timestamps.now();
    }

    public String id() { return id; }
    public String email() { return email; }
    public String name() { return name; }
    public StaffRole role() { return role; }
    public boolean active() { return active; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public OffsetDateTime lockedUntil() { return lockedUntil; }
    public OffsetDateTime lastLoginAt() { return lastLoginAt; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
