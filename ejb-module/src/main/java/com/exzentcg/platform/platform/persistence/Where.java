package com.exzentcg.platform.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause of a filtered JPQL list, shared by its row and count queries: each optional
 * filter adds its condition only when it has a value.
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters. */
    public Where and(String condition) {
        clause.append(clause.length() == 0 ? " where " : " and ").append(condition);
        return this;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The clause with its leading space, or "" when nothing filters. */
    @Override
    public String toString() {
        return clause.toString();
    }
}
