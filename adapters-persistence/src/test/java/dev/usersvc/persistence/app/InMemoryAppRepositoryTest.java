package dev.usersvc.persistence.app;

import dev.usersvc.domain.app.InMemoryAppRepository;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.app.AppRepositoryContract;

class InMemoryAppRepositoryTest implements AppRepositoryContract {
    @Override
    public AppRepository newRepository() {
        return new InMemoryAppRepository();
    }
}
