package dev.usersvc.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Gives each test an empty, migrated database: a fresh in-memory H2, or a fresh schema in the PostgreSQL named by
 * {@code USERSVC_TEST_PG_URL}, dropped after the test. Register it as an instance field with
 * {@code @RegisterExtension}.
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {
    public static final String POSTGRES_URL_VARIABLE = "USERSVC_TEST_PG_URL";

    private final boolean postgres;
    private String url;
    private String schema;
    private DataSource dataSource;
    private Jdbi jdbi;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        if (postgres) {
            String base = System.getenv(POSTGRES_URL_VARIABLE);
            schema = name;
            try (Connection connection = DriverManager.getConnection(base);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            dataSource = pg;
        } else {
            url = "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            dataSource = h2;
        }
        Migrations.migrate(dataSource);
        jdbi = JdbiStorage.configure(Jdbi.create(dataSource));
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (postgres) {
            try (Connection connection = DriverManager.getConnection(System.getenv(POSTGRES_URL_VARIABLE));
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        } else {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    /** A JDBC URL of this test's database (for PostgreSQL, one that selects its schema). */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A {@link Jdbi} over this database, configured by {@link JdbiStorage#configure}. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return postgres;
    }
}
