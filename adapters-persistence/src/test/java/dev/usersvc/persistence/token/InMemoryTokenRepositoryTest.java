package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.InMemoryTokenRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.token.TokenRepositoryContract;

class InMemoryTokenRepositoryTest implements TokenRepositoryContract {
    @Override
    public TokenRepository newRepository() {
        return new InMemoryTokenRepository();
    }
}
