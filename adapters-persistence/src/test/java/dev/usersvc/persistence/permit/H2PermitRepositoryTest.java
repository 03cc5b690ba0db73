package dev.usersvc.persistence.permit;

import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.permit.PermitRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2PermitRepositoryTest implements PermitRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public PermitRepository newRepository() {
        return new JdbiPermitRepository(db.jdbi());
    }
}
