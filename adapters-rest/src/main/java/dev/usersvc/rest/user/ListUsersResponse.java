package dev.usersvc.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.application.user.ListUsers;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.rest.json.Times;
import dev.usersvc.rest.json.UserRecord;
import java.util.List;

/**
 * Contract definition {@code ListUsersResponse}. Unlike the original, which always sends the zero time,
 * {@code after} is the cursor for the next page: the sort value of the last user listed.
 */
public record ListUsersResponse(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<UserRecord> users, String after,
                                long count) {
    static ListUsersResponse from(ListUsers.Result result, UserQuery query) {
        List<User> users = result.page().items();
        String after = users.isEmpty() ? Times.ZERO : Times.format(
                query.sortField() == UserQuery.SortField.CREATED_AT ? users.get(users.size() - 1).createdAt()
                        : users.get(users.size() - 1).updatedAt());
        return new ListUsersResponse(users.stream()
                .map(user -> UserRecord.from(user, result.contactIds().getOrDefault(user.id(), List.of())))
                .toList(), after, result.page().total());
    }
}
