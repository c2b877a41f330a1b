package com.exzentcg.platform.connector.shopee.client;

import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Shopee call before signing.
 *
 * @param replaySafe     false for calls that consume something single-use (auth code, refresh token):
 *                       they are not re-sent once the request may have reached Shopee
 * @param answerErrors   Shopee errors that carry the answer (e.g. a partial stock failure) and are
 *                       returned as an envelope instead of thrown
 * @param secrets        values besides key and access token that must never reach a message or log
 */
public record ShopeeRequest(String method, String path, Map<String, String> params, JsonObject body,
                            boolean replaySafe, Set<String> answerErrors, List<String> secrets) {

    public ShopeeRequest {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        answerErrors = Set.copyOf(answerErrors);
        secrets = List.copyOf(secrets);
    }

    public static ShopeeRequest get(String path, Map<String, String> params) {
        return new ShopeeRequest("GET", path, params, null, true, Set.of(), List.of());
    }

    public static ShopeeRequest post(String path, JsonObject body) {
        return new ShopeeRequest("POST", path, Map.of(), body, true, Set.of(), List.of());
    }

    public ShopeeRequest notReplaySafe(String... secretsInBody) {
        return new ShopeeRequest(method, path, params, body, false, answerErrors, List.of(secretsInBody));
    }

    public ShopeeRequest answeringOn(String error) {
        return new ShopeeRequest(method, path, params, body, replaySafe, Set.of(error), secrets);
    }
}
