package dev.usersvc.persistence.app;

import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.app.AppRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2AppRepositoryTest implements AppRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public AppRepository newRepository() {
        return new JdbiAppRepository(db.jdbi());
    }
}
