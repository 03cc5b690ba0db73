package dev.usersvc.domain.otp;

import dev.usersvc.domain.login.ThrottlePolicy;
import java.time.Duration;

/**
 * How one-time codes behave: their life, how many wrong tries kill one, how often one contact may be sent one,
 * and whether the code comes back in the response (test mode, as the contract describes; never in production).
 */
public record OtpPolicy(Duration expiry, int maxAttempts, ThrottlePolicy sendThrottle, boolean testMode,
                        String fromName, String fromEmail) {
    public OtpPolicy {
        if (expiry.isNegative() || expiry.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("an otp needs a positive expiry and at least one attempt");
        }
    }
}
