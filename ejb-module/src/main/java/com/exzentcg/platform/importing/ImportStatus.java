package com.exzentcg.platform.importing;

import java.util.Locale;

public enum ImportStatus {
    RUNNING, SUCCEEDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
