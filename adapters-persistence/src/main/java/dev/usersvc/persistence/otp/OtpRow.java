package dev.usersvc.persistence.otp;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.otp.Otp;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.PasswordHash;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One row of {@code otps}. Times are cut to microseconds. */
public record OtpRow(String id, String appId, String contactId, String platform, String codeHash, Instant createdAt,
                     Instant expiresAt, int attempts, Instant usedAt) {
    static OtpRow from(Otp otp) {
        return new OtpRow(otp.id().value(), otp.appId().value(), otp.contactId().value(), otp.platform(),
                otp.codeHash().encoded(), otp.createdAt().truncatedTo(ChronoUnit.MICROS),
                otp.expiresAt().truncatedTo(ChronoUnit.MICROS), otp.attempts(),
                otp.usedAt().map(at -> at.truncatedTo(ChronoUnit.MICROS)).orElse(null));
    }

    Otp toDomain() {
        return new Otp(new OtpId(id), new AppId(appId), new ContactId(contactId), platform, new PasswordHash(codeHash),
                createdAt, expiresAt, attempts, Optional.ofNullable(usedAt));
    }
}
