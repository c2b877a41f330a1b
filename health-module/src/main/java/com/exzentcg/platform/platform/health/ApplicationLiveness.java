package com.exzentcg.platform.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Cheap on purpose: liveness must not fail because PostgreSQL is down, or the supervisor would
 * restart a healthy server in a loop; readiness covers dependencies.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("tcg-platform")
                .up()
                .withData("heap_used_mb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .build();
    }
}
