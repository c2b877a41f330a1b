package com.exzentcg.platform.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.exzentcg.platform.it.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform without PUBLIC_API_BASE_URL must refuse to start and say so in one line. The
 * setting is blanked by a config source that outranks the environment (an empty value counts
 * as absent in MicroProfile Config).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MandatorySettingsIT {

    private static final String MISCONFIGURED = "misconfigured";

    @Deployment(name = MISCONFIGURED, managed = false, testable = false)
    static EnterpriseArchive withoutBaseUrl() {
        return Deployments.platformWithSettings("public.api.base.url=\n");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void startUpStopsWithOneLineNamingTheMissingSetting() throws IOException {
        Path log = Path.of(System.getProperty("server.base.dir"), "log", "server.log");
        long linesBefore = Files.readAllLines(log).size();

        assertThrows(Exception.class, () -> deployer.deploy(MISCONFIGURED));
        try {
            deployer.undeploy(MISCONFIGURED);
        } catch (RuntimeException ignored) {
            // a failed deployment may already be gone
        }

        List<String> newLines = Files.readAllLines(log).stream().skip(linesBefore).toList();
        List<String> verdicts = newLines.stream()
                .filter(l -> l.contains("TCG platform start-up stopped"))
                .filter(l -> l.contains("SEVERE") || l.contains("ERROR"))
                .toList();
        assertEquals(1, verdicts.size(), String.join("\n", newLines));
        assertTrue(verdicts.get(0).contains("missing mandatory setting PUBLIC_API_BASE_URL"), verdicts.get(0));
    }
}
