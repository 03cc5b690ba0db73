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

/**
 * Lists the organizations of the caller token's app, oldest first, after a creation-time cursor (needs
 * {@code user-svc:organization:view}, which only admins hold by default).
 */
public final class ListOrganizations {
    public record Command(Optional<List<OrganizationId>> ids, Optional<Instant> after, int limit) {
    }

    private final OrganizationRepository organizations;
    private final Permissions permissions;

    public ListOrganizations(OrganizationRepository organizations, Permissions permissions) {
        this.organizations = organizations;
        this.permissions = permissions;
    }

    public List<Organization> handle(Caller caller, Command command) {
        permissions.require(caller, BuiltInPermissions.ORGANIZATION_VIEW);
        return organizations.list(new OrganizationQuery(caller.appId(), command.ids(), command.after(),
                command.limit()));
    }
}
