package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.util.Optional;

/**
 * An organization admin removes a user from the organization (needs {@code user-svc:organization:remove-user}):
 * the membership and the user's organization roles go, and their tokens in the app are deactivated, so the next
 * login or refresh no longer carries the roles (behaviour §9.24's recommendation; the original removes nothing).
 * NOT_FOUND for an unknown organization, user or membership; FORBIDDEN for a caller who is not the organization's
 * admin; CONFLICT for the organization's last admin.
 */
public final class DeleteMembership {
    public record Command(OrganizationId organizationId, UserId userId) {
    }

    private final OrganizationAccess access;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final EnrollRepository enrolls;
    private final TokenRepository tokens;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;

    public DeleteMembership(OrganizationAccess access, MembershipRepository memberships, UserRepository users,
                            EnrollRepository enrolls, TokenRepository tokens, Permissions permissions,
                            Transactions transactions, Audit audit) {
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.enrolls = enrolls;
        this.tokens = tokens;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
    }

    public void handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.ORGANIZATION_REMOVE_USER);
        transactions.run(() -> {
            Organization organization = access.administeredBy(caller, command.organizationId());
            UserId target = users.findById(command.userId())
                    .orElseThrow(() -> DomainException.notFound("user not found")).id();
            AppId appId = organization.appId();
            Role admin = Role.organizationAdmin(organization.id().value());
            // an organization nobody can manage any more could never be repaired by its members
            if (enrolls.exists(appId, target, admin) && adminCount(appId, admin) <= 1) {
                throw DomainException.conflict("the last admin of an organization cannot be removed");
            }
            boolean removed = memberships.delete(organization.id(), target);
            removed |= enrolls.deleteRole(appId, target, Role.organizationUser(organization.id().value())) > 0;
            removed |= enrolls.deleteRole(appId, target, admin) > 0;
            if (!removed) {
                throw DomainException.notFound("membership not found");
            }
            tokens.deactivateAll(target, appId);
            audit.record(caller, AuditAction.MEMBERSHIP_DELETE, target.value(), Optional.of(appId),
                    "organization " + organization.id().value());
        });
    }

    private long adminCount(AppId appId, Role admin) {
        EnrollFilter admins = new EnrollFilter(Optional.of(admin.value()), Optional.empty(), Optional.empty(),
                Optional.of(appId));
        return enrolls.list(admins).stream().map(Enroll::userId).flatMap(Optional::stream).distinct().count();
    }
}
