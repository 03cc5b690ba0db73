package dev.usersvc.domain.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.PasswordHash;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OtpRepository} does, over an initially empty store. */
public interface OtpRepositoryContract {
    OtpRepository newRepository();

    private static Otp anOtp(Instant now) {
        return new Otp(OtpId.random(), AppId.random(), new ContactId("ada@example.com"), "email",
                new PasswordHash("$argon2id$fake"), now, now.plusSeconds(600), 0, Optional.empty());
    }

    @Test
    default void keepsEveryFieldOfAnOtp() {
        OtpRepository otps = newRepository();
        Otp otp = anOtp(Fixtures.uniqueTime());

        otps.insert(otp);

        assertThat(otps.findById(otp.id())).contains(otp);
        assertThat(otps.findById(OtpId.random())).isEmpty();
    }

    @Test
    default void refusesATakenId() {
        OtpRepository otps = newRepository();
        Otp otp = anOtp(Fixtures.uniqueTime());
        otps.insert(otp);

        assertThatThrownBy(() -> otps.insert(otp)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    default void countsAttempts() {
        OtpRepository otps = newRepository();
        Otp otp = anOtp(Fixtures.uniqueTime());
        otps.insert(otp);

        otps.countAttempt(otp.id());
        otps.countAttempt(otp.id());

        assertThat(otps.findById(otp.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    default void isUsedOnlyOnce() {
        OtpRepository otps = newRepository();
        Instant now = Fixtures.uniqueTime();
        Otp otp = anOtp(now);
        otps.insert(otp);

        assertThat(otps.markUsed(otp.id(), now.plusSeconds(1))).isTrue();
        assertThat(otps.markUsed(otp.id(), now.plusSeconds(2))).isFalse();
        assertThat(otps.findById(otp.id()).orElseThrow().usedAt()).contains(now.plusSeconds(1));
        assertThat(otps.markUsed(OtpId.random(), now)).isFalse();
    }
}
