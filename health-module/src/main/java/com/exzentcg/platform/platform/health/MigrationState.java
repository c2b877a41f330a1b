package com.exzentcg.platform.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the schema migrator last reported. The migrations themselves live in the EJB jar, which
 * this library cannot see, so the migrator tells this bean instead of the check asking Flyway.
 */
@ApplicationScoped
public class MigrationState {

    private volatile String version;
    private volatile String failure;

    public void applied(String currentVersion) {
        this.version = currentVersion;
        this.failure = null;
    }

    public void failed(String reason) {
        this.failure = reason;
    }

    public String version() {
        return version;
    }

    public String failure() {
        return failure;
    }

    public boolean isCurrent() {
        return version != null && failure == null;
    }
}
