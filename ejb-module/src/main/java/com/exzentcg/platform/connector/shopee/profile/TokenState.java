package com.exzentcg.platform.connector.shopee.profile;

import java.util.Locale;

/** Where a profile's shop authorization stands, as operators see it. */
public enum TokenState {
    NONE, VALID, EXPIRING, EXPIRED, NEEDS_RECONNECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
