package com.exzentcg.platform.connector.shopee.fake;

import java.util.Map;

/** One request FakeShopee received, as received (query values decoded, body raw). */
public record FakeCall(String method, String path, Map<String, String> query, String body) {

    public FakeCall {
        query = Map.copyOf(query);
    }

    public String param(String name) {
        return query.get(name);
    }
}
