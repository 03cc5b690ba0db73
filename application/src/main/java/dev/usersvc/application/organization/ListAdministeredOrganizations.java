package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationQuery;
import dev.usersvc.domain.organization.OrganizationRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations of the caller's app that the caller may manage, oldest first, after a creation-time cursor:
 * every one for a holder of {@code user-svc:organization:view} (platform admins), otherwise only those whose
 * {@code user-svc:org:{id}:admin} role the caller holds, in the token or in the store. Anyone signed in may ask;
 * a caller who administers nothing gets an empty list, never an error.
 */
public final class ListAdministeredOrganizations {
    public record Command(Optional<Instant> after, int limit) {
    }

    private final OrganizationAccess access;
    private final OrganizationRepository organizations;
    private final Permissions permissions;

    public ListAdministeredOrganizations(OrganizationAccess access, OrganizationRepository organizations,
                                        Permissions permissions) {
        this.access = access;
        this.organizations = organizations;
        this.permissions = permissions;
    }

    public List<Organization> handle(Caller caller, Command command) {
        if (caller.isAdmin() || permissions.allows(caller, BuiltInPermissions.ORGANIZATION_VIEW)) {
            return organizations.list(new OrganizationQuery(caller.appId(), Optional.empty(), command.after(),
                    command.limit()));
        }
        Set<OrganizationId> administered = access.administeredIds(caller);
        if (administered.isEmpty()) {
            return List.of();
        }
        return organizations.list(new OrganizationQuery(caller.appId(), Optional.of(List.copyOf(administered)),
                command.after(), command.limit()));
    }
}
