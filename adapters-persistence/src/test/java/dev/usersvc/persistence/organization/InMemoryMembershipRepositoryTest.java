package dev.usersvc.persistence.organization;

import dev.usersvc.domain.organization.InMemoryMembershipRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.MembershipRepositoryContract;

class InMemoryMembershipRepositoryTest implements MembershipRepositoryContract {
    @Override
    public MembershipRepository newRepository() {
        return new InMemoryMembershipRepository();
    }
}
