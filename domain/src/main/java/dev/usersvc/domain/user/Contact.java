package dev.usersvc.domain.user;

import dev.usersvc.domain.Text;
import java.time.Instant;

/** A way to reach a user (e-mail, phone…). One contact id belongs to at most one user. */
public record Contact(ContactId id, UserId userId, String platform, String handle, boolean verified,
                      boolean primary, Instant createdAt, Instant updatedAt) {
    public Contact {
        platform = Text.required(platform, 50, "contact platform");
        handle = Text.optional(handle, 320, "contact handle");
    }

    public Contact verify(Instant now) {
        return new Contact(id, userId, platform, handle, true, primary, createdAt, now);
    }
}
