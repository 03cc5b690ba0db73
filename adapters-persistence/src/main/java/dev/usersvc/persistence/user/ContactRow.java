package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One row of {@code contacts}. Times are cut to the microseconds both databases keep. */
public record ContactRow(String id, String userId, String platform, String handle, boolean verified,
                         boolean isPrimary, Instant createdAt, Instant updatedAt) {
    static ContactRow from(Contact contact) {
        return new ContactRow(contact.id().value(), contact.userId().value(), contact.platform(), contact.handle(),
                contact.verified(), contact.primary(), contact.createdAt().truncatedTo(ChronoUnit.MICROS),
                contact.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    Contact toDomain() {
        return new Contact(new ContactId(id), new UserId(userId), platform, handle, verified, isPrimary, createdAt,
                updatedAt);
    }
}
