package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A listing of users. Filters are ANDed; {@code after} is a keyset cursor on the sort field, so a page costs the
 * same however deep it is. {@code ids} present (even empty) restricts to those ids.
 */
public record UserQuery(Optional<List<UserId>> ids, Optional<String> search, Optional<ContactId> contactId,
                        Optional<UserType> type, SortField sortField, boolean descending, Optional<Instant> after,
                        int limit, boolean withTotal) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public enum SortField { CREATED_AT, UPDATED_AT }

    public UserQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        ids = ids.map(List::copyOf);
    }

    public static UserQuery firstPage(int limit) {
        return new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SortField.CREATED_AT, true, Optional.empty(), limit, false);
    }
}
