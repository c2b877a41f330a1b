package com.exzentcg.platform.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Platform-wide settings. Mandatory ones are injected as Optional on purpose: the start-up guard
 * reports every missing one in a single clear line instead of a CDI injection stack trace.
 */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = RequiredSettings.PUBLIC_API_BASE_URL)
    Optional<String> publicApiBaseUrl;

    /** The public origin Shopee and browsers use, without a trailing slash. */
    public String publicApiBaseUrl() {
        String url = publicApiBaseUrl.orElseThrow(() -> new IllegalStateException(
                "missing mandatory setting " + RequiredSettings.envName(RequiredSettings.PUBLIC_API_BASE_URL)));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
