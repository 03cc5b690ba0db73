package dev.usersvc.persistence.login;

import dev.usersvc.domain.login.InMemoryFailureCounterRepository;
import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.login.FailureCounterRepositoryContract;

class InMemoryFailureCounterRepositoryTest implements FailureCounterRepositoryContract {
    @Override
    public FailureCounterRepository newRepository() {
        return new InMemoryFailureCounterRepository();
    }
}
