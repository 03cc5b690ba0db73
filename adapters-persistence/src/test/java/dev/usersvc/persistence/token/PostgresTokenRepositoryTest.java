package dev.usersvc.persistence.token;

import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.token.TokenRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = "USERSVC_TEST_PG_URL", matches = ".+")
class PostgresTokenRepositoryTest implements TokenRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public TokenRepository newRepository() {
        return new JdbiTokenRepository(db.jdbi());
    }
}
