package com.exzentcg.platform.platform.paging;

import com.exzentcg.platform.platform.error.PlatformException;

/** A validated window into a list: the contract's {@code limit} (1–500, default 50) and {@code offset}. */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PlatformException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw PlatformException.invalid("offset", "must be 0 or more");
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }
}
