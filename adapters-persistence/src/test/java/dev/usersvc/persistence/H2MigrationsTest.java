package dev.usersvc.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2MigrationsTest extends MigrationsTest {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
