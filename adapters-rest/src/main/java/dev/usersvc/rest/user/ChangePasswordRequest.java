package dev.usersvc.rest.user;

import dev.usersvc.application.user.ChangePassword;
import dev.usersvc.domain.user.Password;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code ChangePasswordRequest}. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
    ChangePassword.Command toCommand(String clientAddress) {
        return new ChangePassword.Command(new Password(Bodies.required(currentPassword, "currentPassword")),
                Password.newPassword(Bodies.required(newPassword, "newPassword")), clientAddress);
    }
}
