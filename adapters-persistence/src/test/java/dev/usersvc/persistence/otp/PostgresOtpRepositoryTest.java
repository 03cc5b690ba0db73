package dev.usersvc.persistence.otp;

import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.otp.OtpRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_VARIABLE, matches = ".+")
class PostgresOtpRepositoryTest implements OtpRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    public OtpRepository newRepository() {
        return new JdbiOtpRepository(db.jdbi());
    }
}
