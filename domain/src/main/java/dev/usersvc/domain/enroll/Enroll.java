package dev.usersvc.domain.enroll;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Gives a role to a user, by user id or by contact, in one app or every app. An enroll by contact counts only
 * for an account whose contact with that id is verified (decision 15).
 */
public record Enroll(EnrollId id, AppId appId, Role role, Optional<UserId> userId, Optional<ContactId> contactId,
                     Optional<UserId> createdBy, Instant createdAt, Instant updatedAt) {
    public Enroll {
        if (userId.isEmpty() && contactId.isEmpty()) {
            throw DomainException.invalid("an enroll needs a userId or a contactId");
        }
    }
}
