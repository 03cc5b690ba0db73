package dev.usersvc.rest.otp;

import dev.usersvc.application.otp.SendOtp;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code SendOtpRequest}. */
public record SendOtpRequest(String appHost, String contactId, String contactPlatform, String contactHandle) {
    SendOtp.Command toCommand() {
        return new SendOtp.Command(new AppHost(Bodies.required(appHost, "appHost")),
                ContactId.normalized(Bodies.required(contactId, "contactId")),
                Bodies.required(contactPlatform, "contactPlatform"));
    }
}
