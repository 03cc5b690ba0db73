package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.role.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may manage an organization's members: the holders of {@code user-svc:org:{id}:admin}, in the presented token
 * or in the store. The store counts because an organization's creator may still call with a token minted before
 * the organization existed (behaviour §9.23, pinned by the original's TestOrganization). Platform admins
 * ({@code user-svc:admin}) manage every organization of their app: they own every role (decision 11), so they could
 * grant themselves the organization's admin role anyway; the console lets them manage members without that detour.
 */
public final class OrganizationAccess {
    private final OrganizationRepository organizations;
    private final EnrollRepository enrolls;

    public OrganizationAccess(OrganizationRepository organizations, EnrollRepository enrolls) {
        this.organizations = organizations;
        this.enrolls = enrolls;
    }

    /**
     * The organization the caller manages members of: NOT_FOUND unless it lives in the caller's app (other apps
     * stay invisible), FORBIDDEN unless the caller is its admin.
     */
    Organization administeredBy(Caller caller, OrganizationId id) {
        Organization organization = inCallersApp(caller, id);
        requireAdmin(caller, organization);
        return organization;
    }

    /** The ids of the organizations whose admin role the caller holds, in the token or in the store. */
    Set<OrganizationId> administeredIds(Caller caller) {
        Set<OrganizationId> ids = new LinkedHashSet<>();
        Stream.concat(caller.roles().stream(), enrolls.rolesOf(caller.userId(), List.of(), caller.appId()).stream())
                .map(Role::administeredOrganization).flatMap(Optional::stream)
                .forEach(id -> ids.add(new OrganizationId(id)));
        return ids;
    }

    private Organization inCallersApp(Caller caller, OrganizationId id) {
        return organizations.findById(id).filter(organization -> organization.appId().equals(caller.appId()))
                .orElseThrow(() -> DomainException.notFound("organization not found"));
    }

    private void requireAdmin(Caller caller, Organization organization) {
        if (caller.isAdmin()) {
            return;
        }
        String admin = Role.organizationAdmin(organization.id().value()).value();
        if (!caller.roles().contains(admin)
                && !enrolls.rolesOf(caller.userId(), List.of(), caller.appId()).contains(admin)) {
            throw DomainException.forbidden("not an admin of the organization");
        }
    }
}
