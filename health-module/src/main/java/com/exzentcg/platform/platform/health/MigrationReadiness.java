package com.exzentcg.platform.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this node's migrator has brought the schema to the version the EAR ships. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    MigrationState state;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("migrations").status(state.isCurrent());
        if (state.version() != null) {
            response.withData("schema_version", state.version());
        }
        if (state.failure() != null) {
            response.withData("failure", state.failure());
        }
        return response.build();
    }
}
