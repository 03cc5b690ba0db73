package dev.usersvc.domain.otp;

import java.time.Instant;
import java.util.Optional;

/** Stores one-time codes. */
public interface OtpRepository {
    void insert(Otp otp);

    Optional<Otp> findById(OtpId id);

    /** Counts one more check of the code, atomically, whatever its outcome. */
    void countAttempt(OtpId id);

    /** Marks the code used unless it already was; false when another request used it first. */
    boolean markUsed(OtpId id, Instant now);
}
