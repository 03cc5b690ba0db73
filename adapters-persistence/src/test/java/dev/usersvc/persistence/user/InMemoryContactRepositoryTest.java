package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.ContactRepositoryContract;
import dev.usersvc.domain.user.InMemoryContactRepository;
import dev.usersvc.domain.user.InMemoryUserRepository;
import dev.usersvc.domain.user.UserRepository;

class InMemoryContactRepositoryTest implements ContactRepositoryContract {
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    public ContactRepository newRepository() {
        return contacts;
    }

    @Override
    public UserRepository users() {
        return users;
    }
}
