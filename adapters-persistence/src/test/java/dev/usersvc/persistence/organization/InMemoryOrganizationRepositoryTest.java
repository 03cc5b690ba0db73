package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.InMemoryOrganizationRepository;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.organization.OrganizationRepositoryContract;

class InMemoryOrganizationRepositoryTest implements OrganizationRepositoryContract {
    @Override
    public OrganizationRepository newRepository() {
        return new InMemoryOrganizationRepository();
    }
}
