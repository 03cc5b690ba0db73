package dev.usersvc.rest.organization;

import dev.usersvc.application.organization.ListOrganizations;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationQuery;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.Times;
import java.util.List;
import java.util.Optional;

/** Contract definition {@code ListOrganizationsRequest}. */
public record ListOrganizationsRequest(List<String> ids, Integer limit, String afterTime) {
    ListOrganizations.Command toCommand() {
        Optional<List<OrganizationId>> idFilter = ids == null ? Optional.empty()
                : Optional.of(Bodies.list(ids, OrganizationId::new, OrganizationQuery.MAX_LIMIT, "ids"));
        int pageSize = limit == null || limit == 0 ? OrganizationQuery.DEFAULT_LIMIT : limit;
        return new ListOrganizations.Command(idFilter,
                Bodies.present(afterTime).map(value -> Times.parse(value, "afterTime")), pageSize);
    }
}
