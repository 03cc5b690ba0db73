package dev.usersvc.domain.organization;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A listing of one app's organizations, oldest first. {@code ids} present (even empty) restricts to those ids;
 * {@code after} is a cursor on the creation time.
 */
public record OrganizationQuery(AppId appId, Optional<List<OrganizationId>> ids, Optional<Instant> after,
                                int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public OrganizationQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        ids = ids.map(List::copyOf);
    }

    public static OrganizationQuery all(AppId appId) {
        return new OrganizationQuery(appId, Optional.empty(), Optional.empty(), MAX_LIMIT);
    }
}
