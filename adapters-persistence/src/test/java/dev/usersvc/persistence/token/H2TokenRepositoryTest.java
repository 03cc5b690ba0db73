package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.token.TokenRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2TokenRepositoryTest implements TokenRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public TokenRepository newRepository() {
        return new JdbiTokenRepository(db.jdbi());
    }
}
