package dev.usersvc.persistence;

import java.sql.SQLException;

/** Recognises database errors the repositories turn into domain errors. Public only for the per-concept packages. */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505"; // the same SQLState on H2 and PostgreSQL
    // H2 reports a unique key held by a concurrent, uncommitted insert as "concurrent update" instead
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private SqlErrors() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || H2_CONCURRENT_UPDATE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
