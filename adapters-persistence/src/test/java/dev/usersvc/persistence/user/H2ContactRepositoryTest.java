package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.ContactRepositoryContract;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2ContactRepositoryTest implements ContactRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public ContactRepository newRepository() {
        return new JdbiContactRepository(db.jdbi());
    }

    @Override
    public UserRepository users() {
        return new JdbiUserRepository(db.jdbi());
    }
}
