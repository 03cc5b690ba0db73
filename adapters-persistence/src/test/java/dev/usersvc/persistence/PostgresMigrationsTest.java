package dev.usersvc.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresMigrationsTest extends MigrationsTest {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    TestDatabase db() {
        return db;
    }
}
