package dev.usersvc.persistence.permit;

import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.permit.PermitRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresPermitRepositoryTest implements PermitRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public PermitRepository newRepository() {
        return new JdbiPermitRepository(db.jdbi());
    }
}
