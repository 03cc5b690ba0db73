package dev.usersvc.application;

import dev.usersvc.domain.login.ThrottlePolicy;
import dev.usersvc.domain.otp.OtpPolicy;
import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.user.ReservedSlugs;

/** The knobs the use cases need, read from configuration by the server. */
public record Settings(TokenPolicy tokenPolicy, ThrottlePolicy accountThrottle, ThrottlePolicy addressThrottle,
                       ReservedSlugs reservedSlugs, OtpPolicy otpPolicy) {
}
