package com.exzentcg.platform.connector.shopee.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps keys, tokens and signs out of exception messages and logs: scrubs the secrets of one call out of
 * any text (Shopee's own error messages included) and masks signed query values in URLs.
 */
final class Secrets {

    private static final Pattern SIGNED_QUERY_VALUE =
            Pattern.compile("((?:^|[?&])(?:sign|access_token|refresh_token|code)=)[^&]*");

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    static Secrets of(String... values) {
        return new Secrets(java.util.Arrays.stream(values)
                .filter(Objects::nonNull)
                .filter(v -> !v.isEmpty())
                .toList());
    }

    Secrets and(List<String> more) {
        List<String> all = new java.util.ArrayList<>(values);
        more.stream().filter(Objects::nonNull).filter(v -> !v.isEmpty()).forEach(all::add);
        return new Secrets(List.copyOf(all));
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : values) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    /** Path and query with the values of sign/access_token masked; host kept, it tells sandbox from live. */
    static String loggable(URI uri) {
        String query = uri.getRawQuery();
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        return query == null ? base : base + "?" + SIGNED_QUERY_VALUE.matcher(query).replaceAll("$1***");
    }
}
