package dev.usersvc.persistence.enroll;

import dev.usersvc.domain.enroll.InMemoryEnrollRepository;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.enroll.EnrollRepositoryContract;

class InMemoryEnrollRepositoryTest implements EnrollRepositoryContract {
    @Override
    public EnrollRepository newRepository() {
        return new InMemoryEnrollRepository();
    }
}
