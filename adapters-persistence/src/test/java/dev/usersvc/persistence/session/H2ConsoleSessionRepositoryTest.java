package dev.usersvc.persistence.session;

import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.domain.session.ConsoleSessionRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2ConsoleSessionRepositoryTest implements ConsoleSessionRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public ConsoleSessionRepository newRepository() {
        return new JdbiConsoleSessionRepository(db.jdbi());
    }
}
