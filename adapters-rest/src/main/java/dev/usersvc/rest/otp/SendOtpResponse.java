package dev.usersvc.rest.otp;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.application.otp.SendOtp;
import dev.usersvc.domain.otp.Mail;

/** Contract definition {@code SendOtpResponse}: the code and the message only in test mode. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SendOtpResponse(String otpId, String code, String subject, String body, String contentType,
                              String fromName, String fromEmail) {
    static SendOtpResponse from(SendOtp.Result result) {
        Mail mail = result.mail().orElse(null);
        return new SendOtpResponse(result.otpId().value(), result.code().orElse(null),
                mail == null ? null : mail.subject(), mail == null ? null : mail.body(),
                mail == null ? null : mail.contentType(), mail == null ? null : mail.fromName(),
                mail == null ? null : mail.fromEmail());
    }
}
