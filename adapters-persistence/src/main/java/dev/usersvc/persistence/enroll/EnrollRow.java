package dev.usersvc.persistence.enroll;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One row of {@code enrolls}; absent ids are null. Times are cut to microseconds. */
public record EnrollRow(String id, String appId, String role, String userId, String contactId, String createdBy,
                        Instant createdAt, Instant updatedAt) {
    static EnrollRow from(Enroll enroll) {
        return new EnrollRow(enroll.id().value(), enroll.appId().value(), enroll.role().value(),
                enroll.userId().map(UserId::value).orElse(null), enroll.contactId().map(ContactId::value).orElse(null),
                enroll.createdBy().map(UserId::value).orElse(null), enroll.createdAt().truncatedTo(ChronoUnit.MICROS),
                enroll.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    Enroll toDomain() {
        return new Enroll(new EnrollId(id), new AppId(appId), new Role(role), Optional.ofNullable(userId).map(UserId::new),
                Optional.ofNullable(contactId).map(ContactId::new), Optional.ofNullable(createdBy).map(UserId::new),
                createdAt, updatedAt);
    }
}
