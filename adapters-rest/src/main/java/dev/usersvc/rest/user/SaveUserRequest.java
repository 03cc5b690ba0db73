package dev.usersvc.rest.user;

import dev.usersvc.application.user.SaveUser;
import dev.usersvc.domain.user.UserId;

/** Contract definition {@code SaveUserRequest}. */
public record SaveUserRequest(String name, String thumbnailFileId) {
    SaveUser.Command toCommand(String userId) {
        return new SaveUser.Command(new UserId(userId), name, thumbnailFileId);
    }
}
