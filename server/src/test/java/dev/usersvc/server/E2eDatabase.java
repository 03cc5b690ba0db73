package dev.usersvc.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** Fresh databases for end-to-end runs: an in-memory or file H2, or a new schema in the test PostgreSQL. */
final class E2eDatabase {
    static final String PG_ENV = "USERSVC_TEST_PG_URL";
    private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private E2eDatabase() {
    }

    static String h2InMemory() {
        return "jdbc:h2:mem:e2e_" + unique() + H2_MODE + ";DB_CLOSE_DELAY=-1";
    }

    /** A file database, so that a restart really reads from disk. */
    static String h2File() {
        return "jdbc:h2:file:./target/e2e-db/" + unique() + H2_MODE + ";WRITE_DELAY=0";
    }

    /** A new schema in the PostgreSQL named by USERSVC_TEST_PG_URL; dropped when the JVM exits. */
    static String postgres() {
        String base = System.getenv(PG_ENV);
        String schema = "e2e_" + unique();
        try (Connection connection = DriverManager.getConnection(base);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + PG_ENV, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(base);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // best effort: the schema has a unique name and harms no later run
            }
        }));
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }
}
