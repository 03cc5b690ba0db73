package dev.usersvc.persistence.session;

import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.domain.session.ConsoleSessionRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresConsoleSessionRepositoryTest implements ConsoleSessionRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public ConsoleSessionRepository newRepository() {
        return new JdbiConsoleSessionRepository(db.jdbi());
    }
}
