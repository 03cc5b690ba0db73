package dev.usersvc.persistence.otp;

import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.otp.OtpRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2OtpRepositoryTest implements OtpRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public OtpRepository newRepository() {
        return new JdbiOtpRepository(db.jdbi());
    }
}
