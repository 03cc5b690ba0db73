package dev.usersvc.persistence.login;

import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.login.FailureCounterRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresFailureCounterRepositoryTest implements FailureCounterRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public FailureCounterRepository newRepository() {
        return new JdbiFailureCounterRepository(db.jdbi());
    }
}
