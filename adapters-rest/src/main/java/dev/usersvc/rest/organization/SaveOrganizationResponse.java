package dev.usersvc.rest.organization;

import dev.usersvc.application.organization.SaveOrganization;
import dev.usersvc.rest.json.Organization;
import dev.usersvc.rest.json.Token;

/** Contract definition {@code SaveOrganizationResponse}: the organization and the caller's new token. */
public record SaveOrganizationResponse(Organization organization, Token token) {
    static SaveOrganizationResponse from(SaveOrganization.Result result) {
        return new SaveOrganizationResponse(Organization.from(result.organization()), Token.from(result.token()));
    }
}
