package dev.usersvc.persistence.permit;

import dev.usersvc.domain.permit.InMemoryPermitRepository;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.permit.PermitRepositoryContract;

class InMemoryPermitRepositoryTest implements PermitRepositoryContract {
    @Override
    public PermitRepository newRepository() {
        return new InMemoryPermitRepository();
    }
}
