package dev.usersvc.rest.organization;

import dev.usersvc.rest.json.Organization;
import java.util.List;

/** Contract definition {@code ListOrganizationsResponse}: {@code organizations} is always present. */
public record ListOrganizationsResponse(List<Organization> organizations) {
    static ListOrganizationsResponse from(List<dev.usersvc.domain.organization.Organization> organizations) {
        return new ListOrganizationsResponse(organizations.stream().map(Organization::from).toList());
    }
}
