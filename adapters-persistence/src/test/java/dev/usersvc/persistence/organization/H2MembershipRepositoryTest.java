package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.MembershipRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2MembershipRepositoryTest implements MembershipRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public MembershipRepository newRepository() {
        return new JdbiMembershipRepository(db.jdbi());
    }
}
