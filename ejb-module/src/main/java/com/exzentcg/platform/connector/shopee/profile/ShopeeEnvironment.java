package com.exzentcg.platform.connector.shopee.profile;

import com.exzentcg.platform.platform.error.PlatformException;
import java.util.Locale;
import java.util.Optional;

/** Shopee's two worlds; a key for one never works on the other's hosts. */
public enum ShopeeEnvironment {
    SANDBOX, LIVE;

    public static final String PATTERN = "sandbox|live";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShopeeEnvironment> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "sandbox" -> Optional.of(SANDBOX);
            case "live" -> Optional.of(LIVE);
            default -> Optional.empty();
        };
    }

    public static ShopeeEnvironment require(String field, String value) {
        return parse(value).orElseThrow(() -> PlatformException.invalid(field, "must be sandbox or live"));
    }
}
