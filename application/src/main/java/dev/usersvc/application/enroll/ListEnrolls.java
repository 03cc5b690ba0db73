package dev.usersvc.application.enroll;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Ownership;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Lists enrolls of every app by role, user id or contact (behaviour §9.14); needs {@code user-svc:enroll:view}.
 * Non-admins may only ask for roles they own and their own user id, never a contact (FORBIDDEN), and only see
 * enrolls of roles they own.
 */
public final class ListEnrolls {
    public record Command(Optional<Role> role, Optional<UserId> userId, Optional<ContactId> contactId) {
        public Command {
            if (role.isEmpty() && userId.isEmpty() && contactId.isEmpty()) {
                throw DomainException.invalid("role, contactId or userId is required");
            }
        }
    }

    private final EnrollRepository enrolls;
    private final Permissions permissions;

    public ListEnrolls(EnrollRepository enrolls, Permissions permissions) {
        this.enrolls = enrolls;
        this.permissions = permissions;
    }

    public List<Enroll> handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.ENROLL_VIEW);
        Ownership ownership = caller.ownership();
        if (!caller.isAdmin()) {
            if (command.role().isPresent() && !ownership.owns(command.role().get().value())) {
                throw DomainException.forbidden("you can only list enrolls of roles you own");
            }
            if (command.userId().isPresent() && !command.userId().get().equals(caller.userId())) {
                throw DomainException.forbidden("you can only list your own enrolls");
            }
            if (command.contactId().isPresent()) {
                throw DomainException.forbidden("only an admin may list enrolls by contact");
            }
        }
        EnrollFilter filter = new EnrollFilter(command.role().map(Role::value), command.userId(),
                command.contactId(), Optional.empty());
        return enrolls.list(filter).stream().filter(enroll -> ownership.owns(enroll.role().value())).toList();
    }
}
