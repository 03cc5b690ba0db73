package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.ContactRepositoryContract;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresContactRepositoryTest implements ContactRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public ContactRepository newRepository() {
        return new JdbiContactRepository(db.jdbi());
    }

    @Override
    public UserRepository users() {
        return new JdbiUserRepository(db.jdbi());
    }
}
