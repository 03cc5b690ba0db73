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
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An organization admin adds a user to the organization (needs {@code user-svc:organization:add-user}): the user
 * gets {@code user-svc:org:{id}:user} and a membership, seen from their next login. NOT_FOUND for an organization
 * outside the caller's app or an unknown user; FORBIDDEN for a caller who is not the organization's admin.
 */
public final class SaveMembership {
    public record Command(OrganizationId organizationId, UserId userId) {
    }

    private final OrganizationAccess access;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final TokenRepository tokens;
    private final RoleAssignments roleAssignments;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SaveMembership(OrganizationAccess access, MembershipRepository memberships, UserRepository users,
                          TokenRepository tokens, RoleAssignments roleAssignments, Permissions permissions,
                          Transactions transactions, Audit audit, Clock clock) {
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.tokens = tokens;
        this.roleAssignments = roleAssignments;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.ORGANIZATION_ADD_USER);
        transactions.run(() -> {
            Organization organization = access.administeredBy(caller, command.organizationId());
            UserId target = users.findById(command.userId())
                    .orElseThrow(() -> DomainException.notFound("user not found")).id();
            AppId appId = organization.appId();
            Instant now = clock.instant();
            roleAssignments.assign(target, appId, Role.organizationUser(organization.id().value()),
                    Optional.of(caller.userId()), now);
            boolean member = memberships.findByUser(target, appId).stream()
                    .anyMatch(membership -> membership.organizationId().equals(organization.id()));
            if (!member) {
                // active only when the user has no active organization yet: someone else adding you to their
                // organization must not switch the organization your tokens act in
                boolean first = memberships.activeOf(target, appId).isEmpty();
                memberships.save(new Membership(organization.id(), target, appId, first, now));
                tokens.deactivateAll(target, appId);
            }
            audit.record(caller, AuditAction.MEMBERSHIP_SAVE, target.value(), Optional.of(appId),
                    "organization " + organization.id().value());
        });
    }
}
