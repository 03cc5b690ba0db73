package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.SigningKeyRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2SigningKeyRepositoryTest implements SigningKeyRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public SigningKeyRepository newRepository() {
        return new JdbiSigningKeyRepository(db.jdbi());
    }
}
