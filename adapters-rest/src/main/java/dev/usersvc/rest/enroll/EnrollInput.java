package dev.usersvc.rest.enroll;

import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code EnrollInput}. Contact ids are normalised, so they match the users' contacts. */
public record EnrollInput(String id, String appHost, String role, String contactId, String userId) {
    SaveEnrolls.Item toItem() {
        return new SaveEnrolls.Item(Bodies.present(id, EnrollId::new), AppTarget.of(appHost),
                new Role(role), Bodies.present(userId, UserId::new),
                Bodies.present(contactId, ContactId::normalized));
    }
}
