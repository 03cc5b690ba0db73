package dev.usersvc.rest.user;

import dev.usersvc.application.user.ResetPassword;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code ResetPasswordRequest}. */
public record ResetPasswordRequest(String newPassword) {
    ResetPassword.Command toCommand(String userId) {
        return new ResetPassword.Command(new UserId(userId),
                Password.newPassword(Bodies.required(newPassword, "newPassword")));
    }
}
