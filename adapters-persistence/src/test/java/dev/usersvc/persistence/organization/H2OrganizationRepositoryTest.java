package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.organization.OrganizationRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2OrganizationRepositoryTest implements OrganizationRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public OrganizationRepository newRepository() {
        return new JdbiOrganizationRepository(db.jdbi());
    }
}
