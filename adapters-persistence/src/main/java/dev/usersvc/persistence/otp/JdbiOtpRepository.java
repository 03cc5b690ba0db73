package dev.usersvc.persistence.otp;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.otp.Otp;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.persistence.SqlErrors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiOtpRepository implements OtpRepository {
    private final OtpDao dao;

    public JdbiOtpRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(OtpDao.class);
    }

    @Override
    public void insert(Otp otp) {
        try {
            dao.insert(OtpRow.from(otp));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("otp id is already taken");
            }
            throw e;
        }
    }

    @Override
    public Optional<Otp> findById(OtpId id) {
        return dao.findById(id.value()).map(OtpRow::toDomain);
    }

    @Override
    public void countAttempt(OtpId id) {
        dao.countAttempt(id.value());
    }

    @Override
    public boolean markUsed(OtpId id, Instant now) {
        return dao.markUsed(id.value(), now.truncatedTo(ChronoUnit.MICROS)) == 1;
    }
}
