package dev.usersvc.persistence.enroll;

import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.enroll.EnrollRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresEnrollRepositoryTest implements EnrollRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public EnrollRepository newRepository() {
        return new JdbiEnrollRepository(db.jdbi());
    }
}
