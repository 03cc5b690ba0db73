package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.InMemorySigningKeyRepository;
import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.SigningKeyRepositoryContract;

class InMemorySigningKeyRepositoryTest implements SigningKeyRepositoryContract {
    @Override
    public SigningKeyRepository newRepository() {
        return new InMemorySigningKeyRepository();
    }
}
