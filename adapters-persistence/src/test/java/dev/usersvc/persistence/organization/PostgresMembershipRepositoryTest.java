package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.MembershipRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresMembershipRepositoryTest implements MembershipRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public MembershipRepository newRepository() {
        return new JdbiMembershipRepository(db.jdbi());
    }
}
