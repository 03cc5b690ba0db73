package dev.usersvc.application.user;

import dev.usersvc.domain.user.ContactId;

/** A contact handed in with a new account. Only an admin may hand it in as already verified. */
public record NewContact(ContactId id, String platform, String handle, boolean verified, boolean primary) {
}
