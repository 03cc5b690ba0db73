package dev.usersvc.rest.permit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Contract definition {@code ListPermitsResponse}: {@code permits} is omitted when empty, as the original does. */
public record ListPermitsResponse(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Permit> permits) {
    static ListPermitsResponse from(List<dev.usersvc.domain.permit.Permit> permits) {
        return new ListPermitsResponse(permits.stream().map(Permit::from).toList());
    }
}
