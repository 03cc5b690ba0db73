package dev.usersvc.persistence.session;

import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.domain.session.ConsoleSessionRepositoryContract;
import dev.usersvc.domain.session.InMemoryConsoleSessionRepository;

class InMemoryConsoleSessionRepositoryTest implements ConsoleSessionRepositoryContract {
    @Override
    public ConsoleSessionRepository newRepository() {
        return new InMemoryConsoleSessionRepository();
    }
}
