package dev.usersvc.rest.enroll;

import dev.usersvc.application.enroll.ListEnrolls;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code ListEnrollsRequest}. */
public record ListEnrollsRequest(String role, String contactId, String userId) {
    ListEnrolls.Command toCommand() {
        return new ListEnrolls.Command(Bodies.present(role, Role::new), Bodies.present(userId, UserId::new),
                Bodies.present(contactId, ContactId::normalized));
    }
}
