package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.domain.user.ContactId;
import java.util.List;

/** Contract definition {@code UserRecord}, a row of list-users. */
public record UserRecord(String id, String createdAt, String updatedAt, String slug,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) String name,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> contactIds) {
    public static UserRecord from(dev.usersvc.domain.user.User user, List<ContactId> contactIds) {
        return new UserRecord(user.id().value(), Times.format(user.createdAt()), Times.format(user.updatedAt()),
                user.slug().value(), user.name(), contactIds.stream().map(ContactId::value).toList());
    }
}
