package dev.usersvc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** TestDatabase has already migrated once; a second run must find nothing to do. */
abstract class MigrationsTest {
    abstract TestDatabase db();

    @Test
    void migratingAgainChangesNothing() {
        int before = changeSets();
        long version = db().jdbi().withHandle(handle -> handle
                .createQuery("SELECT version FROM cache_versions WHERE name = 'permits'").mapTo(Long.class).one());

        Migrations.migrate(db().dataSource());

        assertThat(before).isPositive();
        assertThat(changeSets()).isEqualTo(before);
        assertThat(version).isZero();
        int versionRows = db().jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM cache_versions").mapTo(Integer.class).one());
        assertThat(versionRows).isEqualTo(1);
    }

    private int changeSets() {
        return db().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM databasechangelog")
                .mapTo(Integer.class).one());
    }

    /** A pooled connection must come back as it went in, or later work runs in a transaction nobody commits. */
    @Test
    void migratingLeavesTheConnectionInAutocommit() throws SQLException {
        try (Connection connection = db().dataSource().getConnection()) {
            Migrations.migrate(connection);

            assertThat(connection.getAutoCommit()).isTrue();
        }
    }
}
