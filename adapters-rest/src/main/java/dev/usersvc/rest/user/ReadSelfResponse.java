package dev.usersvc.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.application.user.ReadSelf;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.rest.json.Contact;
import dev.usersvc.rest.json.Organization;
import dev.usersvc.rest.json.User;
import java.util.List;

/** Contract definition {@code ReadSelfResponse}. */
public record ReadSelfResponse(User user,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roles,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Contact> contacts,
                               long tokenCount,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Organization> organizations,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String activeOrganizationId) {
    static ReadSelfResponse from(ReadSelf.Result result) {
        return new ReadSelfResponse(User.from(result.user()), result.roles(),
                result.contacts().stream().map(Contact::from).toList(), result.tokenCount(),
                result.organizations().stream().map(Organization::from).toList(),
                result.activeOrganizationId().map(OrganizationId::value).orElse(null));
    }
}
