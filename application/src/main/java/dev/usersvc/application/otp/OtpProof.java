package dev.usersvc.application.otp;

import dev.usersvc.domain.otp.OtpId;

/** A code a client read from its mail, with the id of the code that was sent. */
public record OtpProof(OtpId otpId, String code) {
}
