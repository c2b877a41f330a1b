package com.exzentcg.platform.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start the application when a mandatory setting is missing or malformed, with one
 * log line that names every offending variable, before migrations or timers run.
 */
@Startup
@Singleton
public class StartupGuard {

    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

    @PostConstruct
    void verify() {
        Config config = ConfigProvider.getConfig(StartupGuard.class.getClassLoader());
        List<String> problems = RequiredSettings.problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String line = "TCG platform start-up stopped: " + String.join("; ", problems);
            LOG.severe(line);
            throw new MisconfiguredException(line);
        }
    }

    /** Carries no stack trace: the message is the whole story. */
    static final class MisconfiguredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MisconfiguredException(String message) {
            super(message);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
