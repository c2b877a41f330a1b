package com.exzentcg.platform.platform.rest;

import com.exzentcg.platform.platform.paging.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * The contract's {@code ?limit=&offset=} as a bean parameter. Read as text: a JAX-RS int
 * conversion failure would answer 404, and the client deserves a 400 naming the parameter.
 */
public class Paging {

    @QueryParam("limit")
    String limit;

    @QueryParam("offset")
    String offset;

    public PageRequest toRequest() {
        return new PageRequest(parse("limit", limit, PageRequest.DEFAULT_LIMIT), parse("offset", offset, 0));
    }

    static int parse(String name, String value, int fallback) {
        Integer parsed = QueryValues.optionalInt(name, value);
        return parsed == null ? fallback : parsed;
    }
}
