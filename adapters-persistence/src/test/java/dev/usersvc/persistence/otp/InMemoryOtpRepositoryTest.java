package dev.usersvc.persistence.otp;

import dev.usersvc.domain.otp.InMemoryOtpRepository;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.otp.OtpRepositoryContract;

class InMemoryOtpRepositoryTest implements OtpRepositoryContract {
    @Override
    public OtpRepository newRepository() {
        return new InMemoryOtpRepository();
    }
}
