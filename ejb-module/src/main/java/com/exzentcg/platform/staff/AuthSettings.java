package com.exzentcg.platform.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Session and lockout settings; each has a safe default so a fresh install needs none of them. */
@ApplicationScoped
public class AuthSettings {

    @Inject
    @ConfigProperty(name = "tcg.auth.session.hours", defaultValue = "24")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "tcg.auth.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "tcg.auth.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "cookie.domain")
    Optional<String> cookieDomain;

    /** Idle time after which a session ends; every use pushes the end further out. */
    public Duration sessionLifetime() {
        return Duration.ofHours(Math.max(1, sessionHours));
    }

    public int lockoutAttempts() {
        return Math.max(1, lockoutAttempts);
    }

    public Duration lockoutDuration() {
        return Duration.ofMinutes(Math.max(1, lockoutMinutes));
    }

    public Optional<String> cookieDomain() {
        return cookieDomain.map(String::trim).filter(d -> !d.isEmpty());
    }
}
