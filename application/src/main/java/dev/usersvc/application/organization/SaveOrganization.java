package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.enroll.RoleAssignments;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.token.TokenMint;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates an organization in the caller token's app, or updates one (needs {@code user-svc:organization:create}).
 * The creator becomes an active member and {@code user-svc:org:{id}:admin}, and gets a new token carrying that
 * role and the organization as {@code oao}. An existing organization is updated only by a caller whose token holds
 * its admin role: sending someone else's id is FORBIDDEN, so it never takes their organization over (behaviour
 * §13.3); sending someone else's slug is CONFLICT, as is renaming onto another organization's slug.
 */
public final class SaveOrganization {
    public record Command(Optional<OrganizationId> id, Slug slug, String name, String thumbnailFileId) {
    }

    public record Result(Organization organization, IssuedToken token) {
    }

    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final AppRepository apps;
    private final RoleAssignments roleAssignments;
    private final TokenMint mint;
    private final Permissions permissions;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SaveOrganization(OrganizationRepository organizations, MembershipRepository memberships,
                            UserRepository users, AppRepository apps, RoleAssignments roleAssignments, TokenMint mint,
                            Permissions permissions, Transactions transactions, Audit audit, Clock clock) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.users = users;
        this.apps = apps;
        this.roleAssignments = roleAssignments;
        this.mint = mint;
        this.permissions = permissions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Result handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.ORGANIZATION_CREATE);
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        App app = apps.findById(caller.appId()).orElseThrow(() -> DomainException.notFound("app not found"));
        return transactions.inTransaction(() -> {
            Optional<Organization> byId = command.id().flatMap(organizations::findById);
            Optional<Organization> bySlug = organizations.findBySlug(app.id(), command.slug());
            if (byId.isPresent()) {
                return update(caller, user, app, byId.get(), bySlug, command);
            }
            if (bySlug.isPresent()) {
                // addressed by slug alone, the organization is its admin's to update; to anyone else (or to a
                // request creating a new id) the slug is simply taken (decision 1)
                if (command.id().isEmpty() && isAdmin(caller, bySlug.get())) {
                    return update(caller, user, app, bySlug.get(), bySlug, command);
                }
                throw DomainException.conflict("organization slug is already taken");
            }
            return create(caller, user, app, command);
        });
    }

    private Result update(Caller caller, User user, App app, Organization existing, Optional<Organization> bySlug,
                          Command command) {
        if (!existing.appId().equals(app.id()) || !isAdmin(caller, existing)) {
            throw DomainException.forbidden("not an admin of the organization");
        }
        if (bySlug.isPresent() && !bySlug.get().id().equals(existing.id())) {
            throw DomainException.conflict("organization slug is already taken");
        }
        Organization updated = existing.withProfile(command.name(), command.slug(), command.thumbnailFileId(),
                clock.instant());
        organizations.update(updated);
        audit.record(caller, AuditAction.ORGANIZATION_SAVE, updated.id().value(), Optional.of(updated.appId()),
                "updated, slug " + updated.slug().value());
        return new Result(updated, new IssuedToken(mint.issueOrReuse(user, app.id(), caller.device()), app));
    }

    /** Only the token counts: the admin role reaches a token at creation, or at the next login or refresh. */
    private static boolean isAdmin(Caller caller, Organization organization) {
        return caller.roles().contains(Role.organizationAdmin(organization.id().value()).value());
    }

    private Result create(Caller caller, User user, App app, Command command) {
        Instant now = clock.instant();
        Organization created = Organization.create(command.id().orElseGet(OrganizationId::random), app.id(),
                command.name(), command.slug(), command.thumbnailFileId(), now);
        organizations.insert(created); // a concurrent twin still hits the unique keys and becomes CONFLICT
        memberships.save(new Membership(created.id(), user.id(), app.id(), true, now));
        memberships.setActive(user.id(), app.id(), created.id());
        // deactivates the caller's tokens in the app, so no older token is handed out again without the role
        roleAssignments.assign(user.id(), app.id(), Role.organizationAdmin(created.id().value()),
                Optional.of(user.id()), now);
        audit.record(caller, AuditAction.ORGANIZATION_SAVE, created.id().value(), Optional.of(created.appId()),
                "created, slug " + created.slug().value());
        return new Result(created, new IssuedToken(mint.mint(user, app.id(), caller.device()), app));
    }
}
