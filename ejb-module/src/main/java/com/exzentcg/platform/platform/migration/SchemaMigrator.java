package com.exzentcg.platform.platform.migration;

import com.exzentcg.platform.platform.health.MigrationState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations from {@code sql/} before anything else touches the database.
 * Bean-managed so Flyway's own commits stay outside JTA; Flyway's PostgreSQL advisory lock keeps
 * two nodes starting together from migrating twice.
 */
@Startup
@Singleton
@DependsOn("StartupGuard")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String DATASOURCE = "java:jboss/datasources/TcgDS";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    MigrationState state;

    @PostConstruct
    void migrateAtStartup() {
        migrate();
    }

    /** Runs pending migrations; returns how many were applied (0 when the schema is current). */
    public int migrate() {
        try {
            MigrateResult result = flyway().migrate();
            String version = flyway().info().current() == null ? "none"
                    : flyway().info().current().getVersion().getVersion();
            state.applied(version);
            LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied)");
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            state.failed(e.getClass().getSimpleName());
            throw e;
        }
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
