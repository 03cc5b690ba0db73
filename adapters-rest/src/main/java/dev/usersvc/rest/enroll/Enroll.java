package dev.usersvc.rest.enroll;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Times;

/** Contract definition {@code Enroll}. Enrolls are never soft-deleted, so {@code deletedAt} is the zero time. */
public record Enroll(String internalId, String appId, String id, String createdAt, String updatedAt,
                     String deletedAt, String role,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String contactId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String userId,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String createdBy) {
    static Enroll from(dev.usersvc.domain.enroll.Enroll enroll) {
        String appId = enroll.appId().value();
        return new Enroll(appId + ":" + enroll.id().value(), appId, enroll.id().value(),
                Times.format(enroll.createdAt()), Times.format(enroll.updatedAt()), Times.ZERO, enroll.role().value(),
                enroll.contactId().map(ContactId::value).orElse(null), enroll.userId().map(UserId::value).orElse(null),
                enroll.createdBy().map(UserId::value).orElse(null));
    }
}
