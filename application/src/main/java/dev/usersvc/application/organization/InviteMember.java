package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Invites someone into an organization by e-mail: an enroll by contact of the organization's member role
 * ({@code user-svc:org:{id}:user}) in its app, through {@link SaveEnrolls}, so its rules apply (the caller must own
 * the role; the owner of an already verified contact gets the role at once, anyone else once they register and
 * verify the address, decision 15). The caller must administer the organization first. Returns the pending
 * enroll, or empty when the contact's verified owner got the role at once.
 */
public final class InviteMember {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public record Command(OrganizationId organizationId, String email) {
    }

    private final OrganizationAccess access;
    private final SaveEnrolls saveEnrolls;

    public InviteMember(OrganizationAccess access, SaveEnrolls saveEnrolls) {
        this.access = access;
        this.saveEnrolls = saveEnrolls;
    }

    public Optional<Enroll> handle(Caller caller, Command command) {
        access.administeredBy(caller, command.organizationId());
        String typed = command.email() == null ? "" : command.email().strip();
        if (!EMAIL.matcher(typed).matches()) {
            throw DomainException.invalid("enter an e-mail address");
        }
        List<Enroll> pending = saveEnrolls.handle(caller, new SaveEnrolls.Command(List.of(new SaveEnrolls.Item(
                Optional.empty(), AppTarget.CALLERS, Role.organizationUser(command.organizationId().value()),
                Optional.empty(), Optional.of(ContactId.normalized(typed))))));
        return pending.stream().findFirst();
    }
}
