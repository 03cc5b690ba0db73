package dev.usersvc.persistence.login;

import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.login.FailureCounterRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2FailureCounterRepositoryTest implements FailureCounterRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public FailureCounterRepository newRepository() {
        return new JdbiFailureCounterRepository(db.jdbi());
    }
}
