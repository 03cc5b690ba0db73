package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.organization.OrganizationRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresOrganizationRepositoryTest implements OrganizationRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public OrganizationRepository newRepository() {
        return new JdbiOrganizationRepository(db.jdbi());
    }
}
