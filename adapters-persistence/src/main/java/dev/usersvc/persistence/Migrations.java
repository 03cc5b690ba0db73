package dev.usersvc.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.H2Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.database.DatabaseConnection;
import liquibase.exception.DatabaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.structure.DatabaseObject;

/** Brings a database up to the schema of {@code db/changelog/changelog.xml}. Running it again changes nothing. */
public final class Migrations {
    public static final String CHANGELOG = "db/changelog/changelog.xml";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection to migrate the database", e);
        }
    }

    /**
     * Migrates in the connection's current schema; the caller keeps (and closes) the connection. Liquibase switches
     * autocommit off; it is switched back, or a pooled connection would carry later work in a transaction nobody
     * commits.
     */
    public static void migrate(Connection connection) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the connection's autocommit mode", e);
        }
        try {
            runUpdate(connection);
        } finally {
            try {
                if (connection.getAutoCommit() != autoCommit) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot restore the connection after migrating", e);
            }
        }
    }

    /** The change sets not yet applied, as {@code file::id::author}. */
    public static List<String> pending(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = databaseFor(connection);
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(Migrations.class.getClassLoader())),
                    (Scope.ScopedRunnerWithReturn<List<String>>) () -> new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                            database).listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                            .map(changeSet -> changeSet.getFilePath() + "::" + changeSet.getId() + "::"
                                    + changeSet.getAuthor())
                            .toList());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the migration status", e);
        }
    }

    private static void runUpdate(Connection connection) {
        try {
            Database database = databaseFor(connection);
            // the changelog ships inside this jar, so it is read through this module's class loader
            Scope.child(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed", e);
        }
    }

    private static Database databaseFor(Connection connection) throws Exception {
        JdbcConnection jdbc = new JdbcConnection(connection);
        LowerCaseH2Database lowerCaseH2 = new LowerCaseH2Database();
        if (lowerCaseH2.isCorrectDatabaseImplementation(jdbc)) {
            lowerCaseH2.setConnection(jdbc);
            return lowerCaseH2;
        }
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(jdbc);
    }

    /**
     * Liquibase 4.33 looks H2 names up in upper case, but with DATABASE_TO_LOWER=TRUE H2 stores them in lower
     * case: a second run then misses its own DATABASECHANGELOG and fails creating it again (liquibase#7436).
     */
    private static final class LowerCaseH2Database extends H2Database {
        @Override
        public boolean isCorrectDatabaseImplementation(DatabaseConnection connection) throws DatabaseException {
            if (!super.isCorrectDatabaseImplementation(connection)) {
                return false;
            }
            try {
                return connection instanceof JdbcConnection jdbc
                        && jdbc.getUnderlyingConnection().getMetaData().storesLowerCaseIdentifiers();
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }

        @Override
        public String correctObjectName(String name, Class<? extends DatabaseObject> objectType) {
            return name == null ? null : name.toLowerCase(Locale.ROOT);
        }
    }
}
