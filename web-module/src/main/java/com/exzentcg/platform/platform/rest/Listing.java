package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.paging.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The contract's list envelope: {@code {"<plural>": [...], "count", "limit", "offset"}}. */
public final class Listing {

    private Listing() {
    }

    public static <T, R> Map<String, Object> of(String plural, Page<T> page, Function<? super T, R> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(plural, page.items().stream().map(view).toList());
        body.put("count", page.count());
        body.put("limit", page.request().limit());
        body.put("offset", page.request().offset());
        return body;
    }
}
