package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.SigningKeyRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresSigningKeyRepositoryTest implements SigningKeyRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public SigningKeyRepository newRepository() {
        return new JdbiSigningKeyRepository(db.jdbi());
    }
}
