package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.enroll.DeleteEnrolls;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import java.util.List;

/**
 * Withdraws an invitation of {@link InviteMember}: deletes the enroll by contact through {@link DeleteEnrolls}, so
 * its rules apply. The caller must administer the organization; an enroll that is not one of this organization's
 * invitations is NOT_FOUND, whoever it belongs to.
 */
public final class WithdrawInvitation {
    public record Command(OrganizationId organizationId, EnrollId enrollId) {
    }

    private final OrganizationAccess access;
    private final EnrollRepository enrolls;
    private final DeleteEnrolls deleteEnrolls;

    public WithdrawInvitation(OrganizationAccess access, EnrollRepository enrolls, DeleteEnrolls deleteEnrolls) {
        this.access = access;
        this.enrolls = enrolls;
        this.deleteEnrolls = deleteEnrolls;
    }

    public void handle(Caller caller, Command command) {
        Organization organization = access.administeredBy(caller, command.organizationId());
        String id = organization.id().value();
        enrolls.findById(command.enrollId())
                .filter(enroll -> enroll.contactId().isPresent() && enroll.appId().equals(organization.appId()))
                .map(Enroll::role)
                .filter(role -> role.equals(Role.organizationUser(id)) || role.equals(Role.organizationAdmin(id)))
                .orElseThrow(() -> DomainException.notFound("invitation not found"));
        deleteEnrolls.handle(caller, new DeleteEnrolls.Command(List.of(command.enrollId())));
    }
}
