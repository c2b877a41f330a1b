package com.exzentcg.platform.connector.shopee.credential;

import com.exzentcg.platform.platform.config.RequiredSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's secret box, built once from configuration: {@code TCG_SECRETS_KEY} encrypts,
 * {@code TCG_SECRETS_PREVIOUS_KEYS} (comma-separated) still decrypt until a rotation has run.
 */
@ApplicationScoped
public class Secrets {

    @Inject
    @ConfigProperty(name = RequiredSettings.SECRETS_KEY)
    Optional<String> currentKey;

    @Inject
    @ConfigProperty(name = "tcg.secrets.previous-keys")
    Optional<String> previousKeys;

    private SecretBox box;

    @PostConstruct
    void load() {
        MasterKey current = MasterKey.fromBase64(currentKey.orElseThrow(() ->
                new IllegalStateException("missing mandatory setting " + RequiredSettings.envName(RequiredSettings.SECRETS_KEY))));
        List<MasterKey> previous = previousKeys.map(v -> Arrays.stream(v.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(MasterKey::fromBase64).toList()).orElse(List.of());
        box = new SecretBox(current, previous);
    }

    public SecretBox box() {
        return box;
    }
}
