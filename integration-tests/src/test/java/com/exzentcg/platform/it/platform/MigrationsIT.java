package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import com.exzentcg.platform.platform.health.MigrationState;
import com.exzentcg.platform.platform.migration.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: Flyway applied the schema at start-up and re-running it changes nothing. */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.platformWithTest(MigrationsIT.class);
    }

    @EJB
    SchemaMigrator migrator;

    @Inject
    MigrationState state;

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    DataSource dataSource;

    @Test
    void migratingAgainAppliesNothingAndLeavesHistoryAlone() throws SQLException {
        long before = historyRows();
        assertEquals(0, migrator.migrate());
        assertEquals(0, migrator.migrate());
        assertEquals(before, historyRows());
        assertTrue(state.isCurrent());
    }

    @Test
    void everyAppliedMigrationSucceeded() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) filter (where not success), count(*) from flyway_schema_history")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
            assertTrue(rs.getLong(2) >= 1);
        }
    }

    private long historyRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
