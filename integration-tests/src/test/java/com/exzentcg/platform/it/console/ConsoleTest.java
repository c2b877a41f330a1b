package com.exzentcg.platform.it.console;

import com.exzentcg.platform.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser test of the console shares: the platform EAR as built, a fresh browser per
 * test ({@link #console}, opened before the subclass's own set-up runs) and, when a test fails, a
 * screenshot of the page it failed on, {@code FAILED-<class>-<test>.png}, taken before the browser
 * closes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ConsoleTest {

    protected Console console;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && console != null) {
            console.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.platform();
    }

    @BeforeEach
    final void openBrowser() {
        console = Console.open();
    }

    @AfterEach
    final void closeBrowser() {
        console.close();
    }
}
