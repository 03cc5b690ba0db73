package dev.usersvc.persistence.app;

import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.app.AppRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresAppRepositoryTest implements AppRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public AppRepository newRepository() {
        return new JdbiAppRepository(db.jdbi());
    }
}
