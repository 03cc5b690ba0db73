package dev.usersvc.persistence.enroll;

import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.enroll.EnrollRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2EnrollRepositoryTest implements EnrollRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public EnrollRepository newRepository() {
        return new JdbiEnrollRepository(db.jdbi());
    }
}
