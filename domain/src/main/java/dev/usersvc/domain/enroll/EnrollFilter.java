package dev.usersvc.domain.enroll;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.util.Optional;

/** A listing of enrolls; every given filter must hold. */
public record EnrollFilter(Optional<String> role, Optional<UserId> userId, Optional<ContactId> contactId,
                           Optional<AppId> appId) {
    public static EnrollFilter all() {
        return new EnrollFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
