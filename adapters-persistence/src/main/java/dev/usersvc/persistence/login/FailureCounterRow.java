package dev.usersvc.persistence.login;

import dev.usersvc.domain.login.FailureCounter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One row of {@code login_failures}. Times are cut to microseconds. */
public record FailureCounterRow(String failureKey, int failures, Instant windowStartedAt, Instant blockedUntil) {
    static FailureCounterRow from(FailureCounter counter) {
        return new FailureCounterRow(counter.key(), counter.failures(),
                counter.windowStartedAt().truncatedTo(ChronoUnit.MICROS),
                counter.blockedUntil().map(until -> until.truncatedTo(ChronoUnit.MICROS)).orElse(null));
    }

    FailureCounter toDomain() {
        return new FailureCounter(failureKey, failures, windowStartedAt, Optional.ofNullable(blockedUntil));
    }
}
