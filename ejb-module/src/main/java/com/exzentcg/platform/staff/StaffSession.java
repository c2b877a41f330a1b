package com.exzentcg.platform.staff;

import com.exzentcg.platform.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A login, stored so every node and every restart sees it. Holds the token's hash only; the
 * token itself exists once, in the login response.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession {

    public static final String ID_PREFIX = "sess";

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected StaffSession() {
    }

    StaffSession(String userId, String tokenHash, OffsetDateTime now, Duration lifetime) {
        this.id = Ids.next(ID_PREFIX);
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    boolean isValidAt(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime lastSeenAt() { return lastSeenAt; }
    public OffsetDateTime expiresAt() { return expiresAt; }
    public OffsetDateTime revokedAt() { return revokedAt; }
}
