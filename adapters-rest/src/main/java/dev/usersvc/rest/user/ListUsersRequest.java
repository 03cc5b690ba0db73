package dev.usersvc.rest.user;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.Times;
import java.util.List;
import java.util.Optional;

/** Contract definition {@code ListUsersRequest}. */
public record ListUsersRequest(List<String> ids, String search, String contactId, Integer limit, String afterTime,
                               String order, String orderBy, Boolean count) {
    UserQuery toQuery() {
        Optional<List<UserId>> idFilter = ids == null ? Optional.empty()
                : Optional.of(Bodies.list(ids, UserId::new, UserQuery.MAX_LIMIT, "ids"));
        UserQuery.SortField sortField = switch (orderBy == null ? "" : orderBy) {
            case "", "createdAt" -> UserQuery.SortField.CREATED_AT;
            case "updatedAt" -> UserQuery.SortField.UPDATED_AT;
            default -> throw DomainException.invalid("orderBy must be createdAt or updatedAt");
        };
        boolean descending = switch (order == null ? "" : order) {
            case "", "desc" -> true;
            case "asc" -> false;
            default -> throw DomainException.invalid("order must be asc or desc");
        };
        int pageSize = limit == null || limit == 0 ? UserQuery.DEFAULT_LIMIT : limit;
        return new UserQuery(idFilter, Bodies.present(search), Bodies.present(contactId, ContactId::normalized),
                Optional.empty(), sortField, descending,
                Bodies.present(afterTime).map(value -> Times.parse(value, "afterTime")), pageSize,
                Boolean.TRUE.equals(count));
    }
}
