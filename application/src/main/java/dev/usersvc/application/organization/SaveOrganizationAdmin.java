package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.enroll.RoleAssignments;
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
import java.time.Clock;
import java.util.Optional;

/**
 * An organization admin makes a member an admin ({@code user-svc:org:{id}:admin}, needs
 * {@code user-svc:organization:add-user}) or takes the role back (needs {@code user-svc:organization:remove-user});
 * the member stays a member. The member's tokens in the app are deactivated, so the next login or refresh carries
 * the change. NOT_FOUND for an unknown organization, user or membership; FORBIDDEN for a caller who is not the
 * organization's admin; CONFLICT for taking the role from the organization's last admin. Asking for what already
 * holds changes nothing.
 */
public final class SaveOrganizationAdmin {
    public record Command(OrganizationId organizationId, UserId userId, boolean admin) {
    }

    private final OrganizationAccess access;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final EnrollRepository enrolls;
    private final TokenRepository tokens;
    private final RoleAssignments roleAssignments;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SaveOrganizationAdmin(OrganizationAccess access, MembershipRepository memberships, UserRepository users,
                                 EnrollRepository enrolls, TokenRepository tokens, RoleAssignments roleAssignments,
                                 Permissions permissions, Transactions transactions, Audit audit, Clock clock) {
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.enrolls = enrolls;
        this.tokens = tokens;
        this.roleAssignments = roleAssignments;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, Command command) {
        permissions.require(caller, command.admin() ? BuiltInPermissions.ORGANIZATION_ADD_USER
                : BuiltInPermissions.ORGANIZATION_REMOVE_USER);
        transactions.run(() -> {
            Organization organization = access.administeredBy(caller, command.organizationId());
            UserId target = users.findById(command.userId())
                    .orElseThrow(() -> DomainException.notFound("user not found")).id();
            AppId appId = organization.appId();
            String id = organization.id().value();
            Role admin = Role.organizationAdmin(id);
            boolean member = memberships.members(organization.id()).stream()
                    .anyMatch(membership -> membership.userId().equals(target))
                    || enrolls.exists(appId, target, Role.organizationUser(id)) || enrolls.exists(appId, target, admin);
            if (!member) {
                throw DomainException.notFound("membership not found");
            }
            if (command.admin()) {
                if (roleAssignments.assign(target, appId, admin, Optional.of(caller.userId()), clock.instant())) {
                    audit.record(caller, AuditAction.ENROLL_SAVE, target.value(), Optional.of(appId),
                            "role " + admin.value() + " given");
                }
                return;
            }
            if (!enrolls.exists(appId, target, admin)) {
                return;
            }
            if (adminCount(appId, admin) <= 1) {
                throw DomainException.conflict("the last admin of an organization cannot be removed");
            }
            enrolls.deleteRole(appId, target, admin);
            tokens.deactivateAll(target, appId);
            audit.record(caller, AuditAction.ENROLL_DELETE, target.value(), Optional.of(appId),
                    "role " + admin.value());
        });
    }

    private long adminCount(AppId appId, Role admin) {
        EnrollFilter admins = new EnrollFilter(Optional.of(admin.value()), Optional.empty(), Optional.empty(),
                Optional.of(appId));
        return enrolls.list(admins).stream().map(Enroll::userId).flatMap(Optional::stream).distinct().count();
    }
}
