package com.exzentcg.platform.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Shopee connector as readiness sees it: the active environment's active profile and its
 * token state. It never takes the platform down: a shop that needs reconnecting still lets the
 * catalog, stock and manual orders work, so the check stays UP and says so in its data
 * ({@code {"profile": …, "token_state": "needs_reconnect"}}) for monitors to alert on.
 *
 * <p>This jar (EAR/lib) cannot see the EJB classes, so it reads the connector's tables with
 * plain SQL; the token-state rules mirror {@code ShopeeProfile.tokenState}.
 */
@Readiness
@ApplicationScoped
public class ConnectorReadiness implements HealthCheck {

    static final String NAME = "shopee-connector";

    private static final String SQL = """
            SELECT s.active_environment, p.id, p.name,
                   CASE WHEN p.id IS NULL THEN NULL
                        WHEN p.needs_reconnect THEN 'needs_reconnect'
                        WHEN p.access_token_secret IS NULL THEN 'none'
                        WHEN p.refresh_expires_at IS NOT NULL AND p.refresh_expires_at <= now() THEN 'needs_reconnect'
                        WHEN p.access_expires_at <= now() THEN 'expired'
                        WHEN p.access_expires_at > now() + make_interval(mins => ?) THEN 'valid'
                        ELSE 'expiring' END,
                   floor(extract(epoch FROM p.access_expires_at - now()))::bigint
              FROM shopee_connector_setting s
              LEFT JOIN shopee_profile p ON p.environment = s.active_environment AND p.active
             WHERE s.id = 1""";

    @Resource(lookup = "java:jboss/datasources/TcgDS")
    DataSource dataSource;

    @Inject
    MigrationState migrations;

    @Inject
    @ConfigProperty(name = "shopee.token.refresh-margin-minutes", defaultValue = "60")
    int refreshMarginMinutes;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if (!migrations.isCurrent()) {
            return response.withData("token_state", "unknown").withData("reason", "schema not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setInt(1, refreshMarginMinutes);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return response.withData("token_state", "unknown").build();
                }
                response.withData("environment", row.getString(1));
                if (row.getString(2) == null) {
                    return response.withData("profile", "none").withData("token_state", "none").build();
                }
                response.withData("profile", row.getString(2)).withData("profile_name", row.getString(3))
                        .withData("token_state", row.getString(4));
                long expiresIn = row.getLong(5);
                if (!row.wasNull()) {
                    response.withData("access_token_expires_in_seconds", expiresIn);
                }
                return response.build();
            }
        } catch (SQLException | RuntimeException e) {
            // The database check reports the outage; this one only says it could not tell.
            return response.withData("token_state", "unknown").withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
