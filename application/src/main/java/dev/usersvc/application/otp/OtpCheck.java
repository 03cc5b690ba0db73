package dev.usersvc.application.otp;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.otp.Otp;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.otp.OtpPolicy;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHasher;
import java.time.Clock;
import java.time.Instant;

/**
 * Checks a one-time code for a contact (behaviour §10.2, plus an attempt limit): the code must have been sent to
 * that contact, be unused and unexpired, and match; every check counts, and a used code never works again.
 * Fails with UNAUTHENTICATED, the same message whatever was wrong.
 */
public final class OtpCheck {
    private final OtpRepository otps;
    private final PasswordHasher hasher;
    private final OtpPolicy policy;
    private final Clock clock;

    public OtpCheck(OtpRepository otps, PasswordHasher hasher, OtpPolicy policy, Clock clock) {
        this.otps = otps;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public void verify(OtpId otpId, ContactId contactId, String code) {
        Instant now = clock.instant();
        Otp otp = otps.findById(otpId)
                .filter(found -> found.contactId().equals(contactId) && found.isUsableAt(now, policy.maxAttempts()))
                .orElseThrow(OtpCheck::failed);
        otps.countAttempt(otp.id());
        if (code == null || code.isEmpty() || !hasher.matches(new Password(code), otp.codeHash())
                || !otps.markUsed(otp.id(), now)) {
            throw failed();
        }
    }

    private static DomainException failed() {
        return DomainException.unauthenticated("contact verification failed");
    }
}
