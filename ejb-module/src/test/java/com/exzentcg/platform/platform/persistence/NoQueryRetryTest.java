package com.exzentcg.platform.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class NoQueryRetryTest {

    @Test
    void readsAreNotRetriedAfterALostConnection() {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
        assertEquals(3, session.getLogin().getQueryRetryAttemptCount(), "EclipseLink's default");
        assertEquals(5000, session.getLogin().getDelayBetweenConnectionAttempts(), "EclipseLink's default, ms");
        new NoQueryRetry().customize(session);
        assertEquals(0, session.getLogin().getQueryRetryAttemptCount());
    }

    @Test
    void thePersistenceUnitUsesIt() throws Exception {
        String xml = new String(getClass().getResourceAsStream("/META-INF/persistence.xml").readAllBytes());
        assertEquals(true, xml.contains("\"eclipselink.session.customizer\"")
                && xml.contains("value=\"" + NoQueryRetry.class.getName() + "\""));
    }
}
