package com.exzentcg.platform.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

    private static final String GOOD_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static List<String> problemsWith(Map<String, String> settings) {
        return RequiredSettings.problems(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void completeSettingsHaveNoProblem() {
        assertEquals(List.of(), problemsWith(Map.of(
                "public.api.base.url", "https://erp.example.com", "tcg.secrets.key", GOOD_KEY)));
    }

    @Test
    void missingBaseUrlIsNamedByItsEnvironmentVariable() {
        List<String> problems = problemsWith(Map.of("tcg.secrets.key", GOOD_KEY));
        assertEquals(List.of("missing mandatory setting PUBLIC_API_BASE_URL"), problems);
    }

    @Test
    void everyMissingSettingIsReportedAtOnce() {
        List<String> problems = problemsWith(Map.of());
        assertEquals(2, problems.size());
        assertTrue(problems.get(1).contains("TCG_SECRETS_KEY"));
    }

    @Test
    void blankCountsAsMissing() {
        assertEquals(List.of("missing mandatory setting PUBLIC_API_BASE_URL"),
                problemsWith(Map.of("public.api.base.url", "  ", "tcg.secrets.key", GOOD_KEY)));
    }

    @Test
    void keyOfTheWrongLengthIsRejectedWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        List<String> problems = problemsWith(Map.of("public.api.base.url", "http://x.test", "tcg.secrets.key", shortKey));
        assertEquals(1, problems.size());
        assertFalse(problems.get(0).contains(shortKey));
        assertTrue(problems.get(0).contains("32 bytes"));
    }

    @Test
    void relativeBaseUrlIsRejected() {
        assertEquals(1, problemsWith(Map.of("public.api.base.url", "/api", "tcg.secrets.key", GOOD_KEY)).size());
    }
}
