package com.exzentcg.platform.platform.error;

/** The contract's error taxonomy; the web module maps each type to its HTTP status. */
public enum ErrorType {
    NOT_FOUND, INVALID_DATA, CONFLICT, UNAUTHORIZED, FORBIDDEN, UNAVAILABLE;

    /** The value clients see in the {@code type} field. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
