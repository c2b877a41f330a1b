package com.exzentcg.platform.platform.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the settings the platform cannot start without. Pure so it can be unit-tested; the
 * start-up guard feeds it MicroProfile Config. Problems name the environment variable ops set.
 */
public final class RequiredSettings {

    public static final String PUBLIC_API_BASE_URL = "public.api.base.url";
    public static final String SECRETS_KEY = "tcg.secrets.key";

    private RequiredSettings() {
    }

    public static List<String> problems(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        Optional<String> baseUrl = lookup.apply(PUBLIC_API_BASE_URL).filter(v -> !v.isBlank());
        if (baseUrl.isEmpty()) {
            problems.add("missing mandatory setting " + envName(PUBLIC_API_BASE_URL));
        } else if (!isHttpUrl(baseUrl.get())) {
            problems.add(envName(PUBLIC_API_BASE_URL) + " must be an absolute http(s) URL");
        }
        Optional<String> key = lookup.apply(SECRETS_KEY).filter(v -> !v.isBlank());
        if (key.isEmpty()) {
            problems.add("missing mandatory setting " + envName(SECRETS_KEY));
        } else if (!isAes256Key(key.get())) {
            // Never echo the value: it is the master key.
            problems.add(envName(SECRETS_KEY) + " must be base64 of exactly 32 bytes (256 bits)");
        }
        return problems;
    }

    /** The MicroProfile Config environment-variable spelling of a property name. */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isAes256Key(String value) {
        try {
            return Base64.getDecoder().decode(value.trim()).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
