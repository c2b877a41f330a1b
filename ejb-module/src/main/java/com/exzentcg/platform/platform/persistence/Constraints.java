package com.exzentcg.platform.platform.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL constraint violations anywhere in a JPA/JTA exception chain. */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure).equals(UNIQUE_VIOLATION);
    }

    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
